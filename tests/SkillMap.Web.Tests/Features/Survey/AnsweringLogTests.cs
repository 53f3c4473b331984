using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SkillMap.Web.Tests.Infrastructure;
using static SkillMap.Web.Tests.Features.Survey.SurveyTestSupport;

namespace SkillMap.Web.Tests.Features.Survey;

public sealed class AnsweringLogTests
{
    private sealed class Capture : ILoggerProvider
    {
        public ConcurrentBag<(string Category, string Message, object?[] Values)> Entries { get; } = [];

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(Capture capture, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                capture.Entries.Add((category, formatter(state, exception),
                    state is IEnumerable<KeyValuePair<string, object?>> values ? values.Select(v => v.Value).ToArray() : []));
        }
    }

    [Fact]
    public async Task Saving_refusing_and_autosaving_log_route_templates_never_a_sheet_or_person_id()
    {
        var capture = new Capture();
        using var app = new SkillMapFactory { TestServices = services => services.AddSingleton<ILoggerProvider>(capture) };
        var client = await app.SignedInAsync("小林 拓也");
        var sheetId = await app.SheetIdAsync("小林 拓也", "peer");
        var other = await app.SheetIdAsync("Emily Carter", "self");
        var people = await app.Org().QueryAsync<long>(
            "SELECT Id FROM Person WHERE DisplayName IN ('小林 拓也', 'Emily Carter') UNION SELECT RateeId FROM Sheet WHERE Id = @sheetId", new { sheetId });
        var url = $"/surveys/{sheetId}";
        var oldTab = await client.GetPageAsync(url);
        var page = await client.GetPageAsync(url);
        capture.Entries.Clear();

        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(page.Form("#rating-form"), url, set: Answers(page))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SubmitAsync(oldTab.Form("#rating-form"), url, set: Answers(oldTab, shift: 3))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.SubmitAsync(page.Form("#rating-form"), $"/surveys/{other}", set: Answers(page))).StatusCode);

        Assert.Contains(capture.Entries, e => e.Message.Contains("/surveys/{sheetId}", StringComparison.Ordinal));
        var ids = new HashSet<long>(people) { sheetId, other };
        foreach (var (category, message, values) in capture.Entries)
        {
            Assert.DoesNotContain($"/surveys/{sheetId}", message);
            Assert.DoesNotContain($"/surveys/{other}", message);
            Assert.DoesNotContain(values, v => v is int or long && ids.Contains(Convert.ToInt64(v)));
        }
    }
}
