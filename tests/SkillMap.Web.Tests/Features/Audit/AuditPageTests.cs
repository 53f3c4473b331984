using System.Net;
using SkillMap.Web.Data;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features.Audit;

public sealed class AuditPageTests : IAsyncLifetime
{
    private readonly SkillMapFactory app = new();
    private int actor;

    private TestOrganisation Org => new(app.Service<Db>());

    public async ValueTask InitializeAsync()
    {
        actor = await Org.PersonAsync("Audit Actor", null, role: "admin");
        var start = new DateTime(2026, 3, 1, 3, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < 60; i++)
        {
            await Org.ExecuteAsync("INSERT INTO AuditEntry (At, ActorId, Action, TargetType, TargetId, Detail) VALUES (@at, @actor, 'team.created', 'team', @i, NULL)",
                new { at = start.AddDays(i % 10), actor, i });
        }
        await Org.ExecuteAsync("INSERT INTO AuditEntry (At, ActorId, Action, Detail) VALUES (@at, NULL, 'organisation.imported', '3 created')", new { at = start });
    }

    public ValueTask DisposeAsync()
    {
        app.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Admins_filter_the_log_by_action_actor_and_date_a_page_at_a_time()
    {
        var client = await app.ClientAsAsync("山本 健一");

        var byAction = await client.GetPageAsync("/admin/audit?action=team.created");
        Assert.Equal(50, byAction.QuerySelectorAll("#audit-log tbody tr").Length);
        Assert.All(byAction.QuerySelectorAll("#audit-log tbody tr"), r => Assert.Equal("team.created", r.GetAttribute("data-action")));
        Assert.Contains("60", byAction.Text("#audit-count"));
        var second = await client.GetPageAsync(byAction.QuerySelector("#page-next")!.GetAttribute("href")!);
        Assert.Equal(10, second.QuerySelectorAll("#audit-log tbody tr").Length);

        var byActor = await client.GetPageAsync("/admin/audit?actor=Audit%20Act");
        Assert.All(byActor.QuerySelectorAll("#audit-log tbody td.actor"), td => Assert.Equal("Audit Actor", td.TextContent.Trim()));

        // 2026-03-01 03:00 UTC is noon on 1 March in Tokyo: one day holds 6 team entries and the import.
        var oneDay = await client.GetPageAsync("/admin/audit?from=2026-03-01&to=2026-03-01");
        Assert.Equal(7, oneDay.QuerySelectorAll("#audit-log tbody tr").Length);
        Assert.Contains("(system)", oneDay.QuerySelector("tr[data-action='organisation.imported'] td.actor")!.TextContent);
    }

    [Fact]
    public async Task A_malformed_date_is_reported_not_ignored_silently()
    {
        var client = await app.ClientAsAsync("山本 健一", "ja");

        var page = await client.GetPageAsync("/admin/audit?from=yesterday&to=2026-03-01");

        var summary = page.Text("#error-summary");
        Assert.Contains("開始日は 2026-04-01 のように年-月-日で", summary);
        Assert.DoesNotContain("終了日", summary);
        // A filter, not a form that saves: it must not say "nothing was saved".
        Assert.Contains("絞り込みに使えない日付があります", summary);
        Assert.DoesNotContain("保存されていません", summary);
    }

    [Theory]
    [InlineData("Sarah Mitchell")]
    [InlineData("佐藤 美咲")]
    public async Task Managers_and_members_do_not_see_the_audit_log(string person)
    {
        var client = await app.ClientAsAsync(person);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/admin/audit")).StatusCode);
    }
}
