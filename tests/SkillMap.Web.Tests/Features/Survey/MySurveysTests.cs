using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features.Survey;

public sealed class MySurveysTests(SkillMapFactory app) : IClassFixture<SkillMapFactory>
{
    [Fact]
    public async Task A_member_sees_self_each_assigned_colleague_and_the_team_with_progress_and_the_deadline()
    {
        var client = await app.SignedInAsync("佐藤 美咲");
        var expected = await app.Org().ScalarAsync<long>(
            "SELECT COUNT(*) FROM Sheet s JOIN Person p ON p.Id = s.RaterId JOIN Round r ON r.Id = s.RoundId WHERE p.DisplayName = '佐藤 美咲' AND r.Status = 'open'");
        var peers = await app.Org().QueryAsync<string>("""
            SELECT q.DisplayName FROM Sheet s JOIN Person p ON p.Id = s.RaterId JOIN Person q ON q.Id = s.RateeId
            JOIN Round r ON r.Id = s.RoundId WHERE p.DisplayName = '佐藤 美咲' AND s.Perspective = 'peer' AND r.Status = 'open'
            """);

        var page = await client.GetPageAsync("/surveys");

        var rows = page.QuerySelectorAll("li.sheet-row");
        Assert.Equal(expected, rows.Length);
        Assert.Equal(4, peers.Count);
        Assert.Equal("Your self-assessment", rows[0].QuerySelector(".sheet-title")!.TextContent);
        foreach (var peer in peers)
        {
            Assert.Contains(rows, r => r.QuerySelector(".sheet-title")!.TextContent == peer);
        }
        Assert.Contains(rows, r => r.QuerySelector(".sheet-title")!.TextContent.Contains("Platform Ops"));
        Assert.Contains("Answer by", page.Text(".round-meta"));
        Assert.All(rows, r => Assert.NotNull(r.QuerySelector("progress[max]")));
        // The demo has one peer sheet of hers answered already: it shows as done, the self-assessment as not started.
        Assert.Contains(rows, r => r.ClassList.Contains("done"));
        Assert.Contains("new", rows[0].ClassList);
        Assert.DoesNotContain("As a manager", page.Text("main"));
    }

    [Fact]
    public async Task A_manager_sees_a_rating_per_member_and_is_told_it_is_shown_under_their_name()
    {
        var client = await app.SignedInAsync("Sarah Mitchell");

        var page = await client.GetPageAsync("/surveys");

        Assert.Contains("As a manager", page.Text("main"));
        Assert.Contains("under your name", page.Text(".section-note"));
        Assert.Equal(6, page.QuerySelectorAll("li.sheet-row").Length);
    }

    [Fact]
    public async Task The_home_page_links_to_my_surveys_with_how_many_are_finished()
    {
        var client = await app.SignedInAsync("Tom Wilson");

        var home = await client.GetPageAsync("/");

        var link = home.QuerySelector("a[id^='open-surveys-']")!;
        Assert.Equal("/surveys", link.GetAttribute("href"));
        Assert.Matches(@"finished \d+ of your \d+ surveys", home.Text("main"));
        Assert.NotNull(home.QuerySelector("#nav-my-surveys"));
    }

    [Fact]
    public async Task The_first_release_self_assessment_address_leads_to_the_self_sheet()
    {
        var client = await app.SignedInAsync("木村 直樹");
        var sheetId = await app.SheetIdAsync("木村 直樹", "self");
        var roundId = await app.Org().ScalarAsync<int>("SELECT RoundId FROM Sheet WHERE Id = @sheetId", new { sheetId });

        var response = await client.GetAsync($"/rounds/{roundId}/self");
        var unknown = await client.GetAsync("/rounds/999999/self");

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/surveys/{sheetId}", response.Headers.Location!.OriginalString);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Someone_with_nothing_to_answer_is_told_so()
    {
        var org = app.Org();
        var teamId = await org.TeamAsync("Nobody's team");
        await org.PersonAsync("Newcomer Nana", teamId);
        var client = await app.SignedInAsync("Newcomer Nana");

        var page = await client.GetPageAsync("/surveys");

        Assert.Contains("nothing to answer", page.Text("#no-surveys"));
    }
}
