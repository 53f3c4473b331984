using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SkillMap.Web.Data;
using SkillMap.Web.Hosting;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Hosting;

/// <summary>
/// Metrics by OpenTelemetry: request rate and latency by route, answers saved, stale saves refused,
/// database errors, rounds open; scraped at /metrics by admins or allowed networks, shown on
/// /admin/metrics, pushed by OTLP when configured.
/// </summary>
public sealed class MetricsTests
{
    private const string Admin = "山本 健一";
    private const string Member = "佐藤 美咲";

    private static SkillMapFactory App(params (string Key, string Value)[] settings) =>
        new(settings.ToDictionary(s => s.Key, s => (string?)s.Value));

    private static Task<string> AnswerSelfAssessmentAsync(SkillMapFactory app, HttpClient client, string score) =>
        SelfSheet.AnswerAsync(app, client, Member, score);

    /// <summary>This host's SkillMap instruments only (other tests' hosts run in the same process).</summary>
    private static (MeterListener Listener, Dictionary<string, long> Totals) Listen(SkillMapFactory app)
    {
        var scope = app.Services.GetRequiredService<IMeterFactory>();
        var totals = new Dictionary<string, long>();
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == SkillMapMetrics.MeterName && instrument.Meter.Scope == scope)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            lock (totals)
            {
                totals[instrument.Name] = instrument is ObservableGauge<long> ? value : totals.GetValueOrDefault(instrument.Name) + value;
            }
        });
        listener.Start();
        return (listener, totals);
    }

    [Fact]
    public async Task Saves_stale_saves_and_open_rounds_are_counted_by_this_instance()
    {
        using var app = App();
        var client = app.CreateBrowserClient();
        await client.SignInAsAsync(Member);
        var (listener, totals) = Listen(app);
        using var _ = listener;

        var url = await AnswerSelfAssessmentAsync(app, client, "3");
        var form = (await client.GetPageAsync(url)).Form("#rating-form");
        await client.SubmitAsync(form, url, set: SelfSheet.AllAt(form, "4"));
        await client.SubmitAsync(form, url, set: SelfSheet.AllAt(form, "5"));
        listener.RecordObservableInstruments();

        var open = await new TestOrganisation(app.Service<Db>()).ScalarAsync<long>("SELECT COUNT(*) FROM Round WHERE Status = 'open'");
        Assert.Equal(2, totals["skillmap.submissions.saved"]);
        Assert.Equal(1, totals["skillmap.autosave.conflicts"]);
        Assert.Equal(open, totals["skillmap.rounds.open"]);
        Assert.False(totals.ContainsKey("skillmap.database.errors"));
    }

    [Fact]
    public async Task A_database_failure_is_counted_and_answers_500()
    {
        using var app = App();
        var client = app.CreateBrowserClient();
        await client.SignInAsAsync(Member);
        var (listener, totals) = Listen(app);
        using var _ = listener;
        var org = new TestOrganisation(app.Service<Db>());
        var teamId = await org.ScalarAsync<int>("SELECT MIN(TeamId) FROM TeamMembership");
        await org.ExecuteAsync("ALTER TABLE Team RENAME TO TeamGone");

        var response = await client.GetAsync($"/teams/{teamId}");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(1, totals["skillmap.database.errors"]);
    }

    [Fact]
    public async Task The_Prometheus_endpoint_is_for_admins_and_allowed_networks_only()
    {
        using var app = App(("Metrics:AllowedNetworks", "10.9.0.0/16"));
        var anonymous = app.CreateBrowserClient();
        var member = app.CreateBrowserClient();
        await member.SignInAsAsync(Member);
        var admin = app.CreateBrowserClient();
        await admin.SignInAsAsync(Admin);
        await AnswerSelfAssessmentAsync(app, member, "2");

        Task<HttpContext> From(string ip) => app.Server.SendAsync(c =>
        {
            c.Connection.RemoteIpAddress = IPAddress.Parse(ip);
            c.Request.Path = Observability.MetricsPath;
        });

        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync("/metrics")).StatusCode);
        Assert.Equal(200, (await From("10.9.4.2")).Response.StatusCode);
        Assert.NotEqual(200, (await From("10.8.4.2")).Response.StatusCode);
        var text = await admin.GetStringAsync("/metrics");
        Assert.Contains("http_server_request_duration_seconds_bucket{", text);
        Assert.Contains("http_route=\"surveys/{sheetId:int}\"", text);
        Assert.Contains("skillmap_submissions_saved_total{", text);
        Assert.Contains("skillmap_rounds_open", text);
        Assert.DoesNotContain(Admin, text);
    }

    [Fact]
    public async Task Admins_read_the_figures_on_the_metrics_page_and_nobody_else_does()
    {
        using var app = App();
        var admin = app.CreateBrowserClient();
        await admin.SignInAsAsync(Admin);
        var member = app.CreateBrowserClient();
        await member.SignInAsAsync(Member);
        await AnswerSelfAssessmentAsync(app, member, "4");

        var page = await admin.GetPageAsync("/admin/metrics");

        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync("/admin/metrics")).StatusCode);
        var route = page.QuerySelector("#metrics-routes tr[data-route='/surveys/{sheetId:int}'] td[data-value]");
        Assert.True(long.Parse(route!.GetAttribute("data-value")!) >= 2);
        var saved = page.QuerySelector("#metrics-counters tr[data-instrument='skillmap.submissions.saved'] td");
        Assert.True(long.Parse(saved!.GetAttribute("data-value")!) >= 1);
        Assert.NotNull(page.QuerySelector("#metrics-counters tr[data-instrument='skillmap.rounds.open']"));
        Assert.NotNull(page.QuerySelector("#nav-metrics"));
    }

    [Fact]
    public async Task A_feature_meter_named_SkillMap_something_is_exported_and_listed_without_wiring()
    {
        using var app = App();
        var admin = app.CreateBrowserClient();
        await admin.SignInAsAsync(Admin);
        using var meter = new Meter("SkillMap.TestFeature");
        var counter = meter.CreateCounter<long>("skillmap.test_feature.events");

        counter.Add(3);
        var page = await admin.GetPageAsync("/admin/metrics");
        var text = await admin.GetStringAsync("/metrics");

        var row = page.QuerySelector("#metrics-counters tr[data-instrument='skillmap.test_feature.events'] td");
        Assert.True(long.Parse(row!.GetAttribute("data-value")!) >= 3);
        Assert.Contains("skillmap_test_feature_events_total{otel_scope_name=\"SkillMap.TestFeature\"}", text);
    }

    [Fact]
    public async Task Metrics_are_pushed_to_the_configured_OTLP_endpoint()
    {
        using var collector = new FakeCollector();
        using var app = App(("OpenTelemetry:OtlpEndpoint", collector.Address), ("OpenTelemetry:OtlpProtocol", "http/protobuf"), ("OpenTelemetry:ExportIntervalSeconds", "1"));

        await app.CreateClient().GetAsync("/healthz");
        var payload = await collector.WaitForAsync("http.server.request.duration", TimeSpan.FromSeconds(60));

        Assert.Equal("/v1/metrics", collector.Path);
        Assert.Contains("skillmap", payload);
        Assert.Contains("/healthz", payload);
    }

    /// <summary>An OTLP/HTTP receiver on a loopback port that keeps what it is sent (protobuf strings are plain UTF-8).</summary>
    private sealed class FakeCollector : IDisposable
    {
        private readonly HttpListener listener = new();
        private readonly StringBuilder received = new();
        private readonly Task loop;

        public FakeCollector()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            Address = $"http://127.0.0.1:{port}/";
            listener.Prefixes.Add(Address);
            listener.Start();
            loop = Task.Run(async () =>
            {
                while (listener.IsListening)
                {
                    HttpListenerContext context;
                    try
                    {
                        context = await listener.GetContextAsync();
                    }
                    catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                    {
                        return;
                    }
                    using var body = new MemoryStream();
                    await context.Request.InputStream.CopyToAsync(body);
                    lock (received)
                    {
                        Path = context.Request.Url!.AbsolutePath;
                        received.Append(Encoding.UTF8.GetString(body.ToArray()));
                    }
                    context.Response.StatusCode = 200;
                    context.Response.Close();
                }
            });
        }

        public string Address { get; }

        public string? Path { get; private set; }

        public async Task<string> WaitForAsync(string text, TimeSpan timeout)
        {
            var until = DateTime.UtcNow + timeout;
            while (DateTime.UtcNow < until)
            {
                lock (received)
                {
                    if (received.ToString().Contains(text, StringComparison.Ordinal))
                    {
                        return received.ToString();
                    }
                }
                await Task.Delay(200);
            }
            throw new TimeoutException($"the collector received no '{text}' in {timeout}");
        }

        public void Dispose()
        {
            listener.Close();
            loop.Wait(TimeSpan.FromSeconds(5));
        }
    }
}
