using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SkillMap.Web.Data;
using SkillMap.Web.Hosting;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Hosting;

/// <summary>One log line per request with the route template, status and duration, and nothing personal.</summary>
public sealed partial class RequestLogTests
{
    [GeneratedRegex(@"^(GET|POST) (/\S*|\(static\)|\(none\)) \d{3} \d+\.\d ms$")]
    private static partial Regex RequestLine();

    [Fact]
    public async Task Each_request_logs_its_route_template_status_and_duration_and_no_ids_answers_names_or_tokens()
    {
        var logs = new RecordedLogs();
        using var app = new SkillMapFactory { TestServices = services => services.AddSingleton<ILoggerProvider>(logs) };
        var client = app.CreateBrowserClient();
        await client.SignInAsAsync("佐藤 美咲");
        var url = await SelfSheet.UrlAsync(app.Service<Db>(), "佐藤 美咲");
        var page = await client.GetPageAsync(url);
        var form = page.Form("#rating-form");
        var token = form.Fields().Single(f => f.Key == "__RequestVerificationToken").Value;
        var answers = SelfSheet.AllAt(form, "4");
        await client.SubmitAsync(form, url, set: answers);
        await client.GetAsync("/css/site.css");

        var requests = logs.Lines.Where(l => l.Category == RequestLog.Category).Select(l => l.Message).ToList();
        Assert.All(requests, line => Assert.Matches(RequestLine(), line));
        Assert.Contains(requests, l => l.StartsWith("GET /surveys/{sheetId:int} 200 ", StringComparison.Ordinal));
        Assert.Contains(requests, l => l.StartsWith("POST /surveys/{sheetId:int} 302 ", StringComparison.Ordinal));
        Assert.Contains(requests, l => l.StartsWith("POST /demo/signin 302 ", StringComparison.Ordinal));
        Assert.Contains(requests, l => l.StartsWith("GET (static) 200 ", StringComparison.Ordinal));
        var everything = logs.Lines.Select(l => l.Message).ToList();
        Assert.DoesNotContain(everything, l => l.Contains(url, StringComparison.Ordinal));
        Assert.DoesNotContain(everything, l => l.Contains(token, StringComparison.Ordinal));
        Assert.DoesNotContain(everything, l => l.Contains("佐藤", StringComparison.Ordinal) || l.Contains("misaki", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(everything, l => l.Contains(answers[0].Key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_request_log_can_be_silenced_by_configuration()
    {
        var logs = new RecordedLogs();
        using var app = new SkillMapFactory(new Dictionary<string, string?> { ["Logging:LogLevel:SkillMap.Requests"] = "Warning" })
        {
            TestServices = services => services.AddSingleton<ILoggerProvider>(logs),
        };

        await app.CreateClient().GetAsync("/healthz");
        await app.CreateClient().GetAsync("/");

        Assert.DoesNotContain(logs.Lines, l => l.Category == RequestLog.Category);
        Assert.Contains(logs.Lines, l => l.Category.StartsWith("SkillMap.Web.Data", StringComparison.Ordinal));
    }
}
