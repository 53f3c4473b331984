using System.Data.Common;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace SkillMap.Web.Hosting;

/// <summary>
/// Metrics through OpenTelemetry: ASP.NET Core's request meter and SkillMap's own, exported by OTLP
/// when OpenTelemetry:OtlpEndpoint is set, scraped in Prometheus format at /metrics by admins or
/// from Metrics:AllowedNetworks, and shown to admins at /admin/metrics.
/// </summary>
public static class Observability
{
    public const string MetricsPath = "/metrics";
    public const string MetricsPolicy = "metrics-reader";

    public static WebApplicationBuilder AddSkillMapObservability(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddSingleton<SkillMapMetrics>();
        builder.Services.AddSingleton<LocalMetrics>();
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("skillmap", serviceVersion: typeof(Observability).Assembly.GetName().Version?.ToString()))
            .WithMetrics(metrics =>
            {
                // SkillMap's own meter and any a feature adds under its name ("SkillMap.Survey"…), and
                // ASP.NET Core's requests, connections and unhandled exceptions. Not its routing and
                // rate-limiting meters: they record several measurements on every request (a few per
                // cent of a rating page's time) for figures nobody reads here.
                metrics.AddMeter(SkillMapMetrics.MeterName, SkillMapMetrics.MeterName + ".*")
                    .AddMeter("Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.Diagnostics")
                    .AddPrometheusExporter()
                    .AddReader(services => services.GetRequiredService<LocalMetrics>().Reader);
                if (Uri.TryCreate(configuration["OpenTelemetry:OtlpEndpoint"], UriKind.Absolute, out var endpoint))
                {
                    var http = configuration["OpenTelemetry:OtlpProtocol"] == "http/protobuf";
                    var seconds = configuration.GetValue("OpenTelemetry:ExportIntervalSeconds", 60);
                    metrics.AddOtlpExporter((exporter, reader) =>
                    {
                        exporter.Protocol = http ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
                        // Set in code, the HTTP exporter posts to the address as given: add the signal's path.
                        exporter.Endpoint = http && endpoint.AbsolutePath == "/" ? new Uri(endpoint, "v1/metrics") : endpoint;
                        reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = seconds * 1000;
                    });
                }
            });

        var allowed = NetworkSettings.Networks(configuration, NetworkSettings.MetricsNetworks);
        builder.Services.AddAuthorization(options => options.AddPolicy(MetricsPolicy, policy => policy.RequireAssertion(context =>
            context.User.IsInRole("admin")
            || (context.Resource is HttpContext http && NetworkSettings.Contains(allowed, http.Connection.RemoteIpAddress)))));
        return builder;
    }

    /// <summary>Counts a database failure that escapes a request (inside the error page handler, which then answers 500).</summary>
    public static WebApplication UseSkillMapDatabaseErrorCount(this WebApplication app)
    {
        var metrics = app.Services.GetRequiredService<SkillMapMetrics>();
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (DbException exception)
            {
                metrics.DatabaseError(exception);
                throw;
            }
        });
        return app;
    }

    public static WebApplication MapSkillMapMetrics(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint(MetricsPath).RequireAuthorization(MetricsPolicy);
        return app;
    }
}
