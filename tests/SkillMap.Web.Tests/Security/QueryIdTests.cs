using System.Net;
using SkillMap.Web.Data;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Security;

/// <summary>
/// Ids that travel in the query string or a posted form (?round=, ?team=, ?person=, ?teamId=, selects,
/// hidden fields) are checked like ids in a route: another team's or an unknown id gives a 404 (or a
/// clear message) and changes nothing. The manager is Sarah Mitchell (SRE); the other team is Platform Ops.
/// </summary>
public sealed class QueryIdTests(SkillMapFactory app) : IClassFixture<SkillMapFactory>
{
    private const int Unknown = 987_654;

    private TestOrganisation Org => new(app.Service<Db>());

    private Task<long> TeamAsync(string name) => Org.ScalarAsync<long>("SELECT Id FROM Team WHERE Name LIKE @name", new { name = "%" + name + "%" });

    private Task<long> MemberAsync(string name) => Org.ScalarAsync<long>("SELECT Id FROM Person WHERE DisplayName = @name", new { name });

    /// <summary>A closed round the demo ran with plans for every team, and one that only Platform Ops was in.</summary>
    private async Task<(long Shared, long OtherTeamsOnly)> RoundsAsync()
    {
        // The plans page proposes plans for closed rounds on its first visit.
        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientAsAsync("Sarah Mitchell")).GetAsync("/plans")).StatusCode);
        var shared = await Org.ScalarAsync<long>(
            "SELECT MAX(r.Id) FROM Round r JOIN RoundTeam rt ON rt.RoundId = r.Id WHERE r.Status = 'closed' AND rt.TeamId = @sre",
            new { sre = await TeamAsync("(SRE)") });
        var model = await Org.ScalarAsync<long>("SELECT ModelVersionId FROM Round WHERE Id = @shared", new { shared });
        var other = await Org.RoundAsync((int)model, "closed", (int)await TeamAsync("Platform Ops"));
        await Org.ExecuteAsync("UPDATE Round SET ClosedAt = @now WHERE Id = @other", new { now = DateTime.UtcNow.AddDays(-1), other });
        return (shared, other);
    }

    [Fact]
    public async Task Report_and_plan_pages_answer_404_for_another_team_or_an_unknown_id_in_the_query_string()
    {
        var (shared, otherOnly) = await RoundsAsync();
        var sre = await TeamAsync("(SRE)");
        var platform = await TeamAsync("Platform Ops");
        var sreMember = await MemberAsync("Emily Carter");
        var platformMember = await MemberAsync("Daniel Park");
        var manager = await app.ClientAsAsync("Sarah Mitchell");

        // What she may see opens, so the 404s below are about the id and nothing else.
        foreach (var url in new[] { $"/plans?round={shared}&team={sre}", $"/teams/{sre}/plan?round={shared}", $"/teams/{sre}?round={shared}", $"/plans/document?round={shared}&team={sre}" })
        {
            Assert.Equal((url, HttpStatusCode.OK), (url, (await manager.GetAsync(url)).StatusCode));
        }
        var refused = new[]
        {
            $"/plans?team={platform}",
            $"/plans?team={Unknown}",
            $"/plans?round={Unknown}",
            $"/teams/{sre}/plan?round={otherOnly}",
            $"/teams/{sre}/plan?round={Unknown}",
            $"/teams/{sre}?round={otherOnly}",
            $"/teams/{sre}?round={Unknown}",
            $"/reports/people/{sreMember}?round={otherOnly}",
            $"/reports/people/{sreMember}?round={Unknown}",
            $"/plans/export?round={shared}&team={platform}&format=csv",
            $"/plans/export?round={shared}&person={platformMember}&format=csv",
            $"/plans/export?round={Unknown}&team={sre}&format=csv",
            $"/plans/document?round={shared}&team={platform}",
            $"/plans/document?round={shared}&person={platformMember}",
        };
        var answered = new List<string>();
        foreach (var url in refused)
        {
            var status = (await manager.GetAsync(url)).StatusCode;
            if (status != HttpStatusCode.NotFound)
            {
                answered.Add($"{url}: {(int)status}");
            }
        }
        Assert.Empty(answered);
        // A member has no team choices at all on the plans page.
        var member = await app.ClientAsAsync("Emily Carter");
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/plans?team={sre}")).StatusCode);
    }

    [Fact]
    public async Task A_manager_filtering_people_by_another_team_sees_none_of_them()
    {
        var platform = await TeamAsync("Platform Ops");
        var manager = await app.ClientAsAsync("Sarah Mitchell");

        var page = await manager.GetPageAsync($"/admin/people?teamId={platform}");
        var form = await manager.GetPageAsync($"/admin/people/new?teamId={platform}");

        Assert.DoesNotContain("Daniel Park", page.Body!.TextContent);
        Assert.DoesNotContain("佐藤 美咲", page.Body!.TextContent);
        Assert.True(string.IsNullOrEmpty(form.QuerySelector("select[name='Input.TeamId'] option[selected]")?.GetAttribute("value")));
        Assert.Null(form.QuerySelector($"select[name='Input.TeamId'] option[value='{platform}']"));
    }

    [Fact]
    public async Task Adding_a_person_to_another_team_by_editing_the_posted_team_is_a_404_and_adds_nobody()
    {
        var platform = await TeamAsync("Platform Ops");
        var manager = await app.ClientAsAsync("Sarah Mitchell");
        var form = (await manager.GetPageAsync("/admin/people/new")).Form("#new-person");
        var before = await Org.ScalarAsync<long>("SELECT COUNT(*) FROM Person");

        var response = await manager.SubmitAsync(form, "/admin/people/new",
            [new("Input.TeamId", platform.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Input.DisplayName", "Forged Member"), new("Input.Email", "forged@example.jp")]);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, await Org.ScalarAsync<long>("SELECT COUNT(*) FROM Person"));
    }

    [Fact]
    public async Task Releasing_results_to_a_person_of_another_team_is_a_404_and_releases_nothing()
    {
        var (shared, _) = await RoundsAsync();
        var sre = await TeamAsync("(SRE)");
        var platformMember = await MemberAsync("Daniel Park");
        var manager = await app.ClientAsAsync("Sarah Mitchell");
        var token = await manager.AntiforgeryTokenAsync();
        var before = await Org.ScalarAsync<long>("SELECT COUNT(*) FROM ResultRelease");

        var response = await manager.PostAsync($"/admin/rounds/{shared}/results?handler=Release", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token),
            new("teamId", sre.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("rateeId", platformMember.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ]));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, await Org.ScalarAsync<long>("SELECT COUNT(*) FROM ResultRelease"));
    }

    [Fact]
    public async Task Setting_the_status_of_another_team_plan_action_is_a_404_and_changes_nothing()
    {
        var (shared, _) = await RoundsAsync();
        var sre = await TeamAsync("(SRE)");
        var platform = await TeamAsync("Platform Ops");
        var action = await Org.ScalarAsync<long>(
            "INSERT INTO TeamPlanAction (RoundId, TeamId, Area, Kind, People, Assessed, Status, UpdatedAt) VALUES (@shared, @platform, 'logic', 'explicit', 3, 5, 'planned', @now) ON CONFLICT (RoundId, TeamId, Area) DO UPDATE SET Status = 'planned' RETURNING Id",
            new { shared, platform, now = DateTime.UtcNow });
        var manager = await app.ClientAsAsync("Sarah Mitchell");
        var token = await manager.AntiforgeryTokenAsync();

        var response = await manager.PostAsync($"/teams/{sre}/plan?handler=Status&round={shared}", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token),
            new("actionId", action.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("status", "done"),
        ]));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("planned", await Org.ScalarAsync<string>("SELECT Status FROM TeamPlanAction WHERE Id = @action", new { action }));
    }
}
