using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SkillMap.Web.Features.Rounds;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features.Rounds;

public sealed partial class RoundProgressTests(SkillMapFactory app) : IClassFixture<SkillMapFactory>
{
    private readonly RoundTestKit kit = new(app);

    [Fact]
    public async Task Managers_see_completion_as_counts_per_team_and_perspective()
    {
        var team = await kit.TeamAsync(5);
        var manager = await kit.ClientAsync(team.ManagerName);
        var roundId = await kit.OpenRoundAsync(manager, [team.Id]);
        await kit.AnswerAsync(roundId, "self", team.Members[0]);
        await kit.AnswerAsync(roundId, "self", team.Members[1]);

        var page = await manager.GetPageAsync($"/admin/rounds/{roundId}/progress");

        Assert.Equal("2 of 5 finished (2 started)", page.Text($"#completion tr[data-team='{team.Id}'] td[data-perspective='self']"));
        Assert.Equal("0 of 20 finished (0 started)", page.Text($"#completion tr[data-team='{team.Id}'] td[data-perspective='peer']"));
    }

    [Fact]
    public async Task A_reminder_lists_open_sheets_and_the_deadline_in_the_person_language_without_naming_peers()
    {
        var team = await kit.TeamAsync(5);
        await kit.Org.ExecuteAsync("UPDATE Person SET Language = 'ja' WHERE Id = @id", new { id = team.Members[1] });
        var manager = await kit.ClientAsync(team.ManagerName);
        var roundId = await kit.OpenRoundAsync(manager, [team.Id]);
        await kit.AnswerAsync(roundId, "self", team.Members[0]);

        var page = await manager.GetPageAsync($"/admin/rounds/{roundId}/progress");

        var english = page.QuerySelector($"#reminder-text-{team.Members[0]}")!.TextContent;
        Assert.DoesNotContain("self-assessment", english);
        Assert.Contains("ratings of 4 colleagues", english);
        Assert.Contains("the questions about your team", english);
        Assert.Contains("/surveys", english);
        Assert.DoesNotContain(team.MemberNames.Skip(1), english.Contains);
        var japanese = page.QuerySelector($"#reminder-text-{team.Members[1]}")!.TextContent;
        Assert.Contains("自己評価", japanese);
        Assert.Contains("締め切り", japanese);
    }

    [Fact]
    public async Task A_rater_who_leaves_keeps_their_saved_answers_counted_and_the_manager_is_told_of_the_shortfall()
    {
        var team = await kit.TeamAsync(4);
        var manager = await kit.ClientAsync(team.ManagerName);
        var roundId = await kit.OpenRoundAsync(manager, [team.Id]);
        var leaver = team.Members[3];
        await kit.AnswerAsync(roundId, "peer", leaver);
        var saved = await kit.Org.ScalarAsync<long>("SELECT COUNT(*) FROM DraftAnswer a JOIN Sheet s ON s.Id = a.SheetId WHERE s.RoundId = @roundId", new { roundId });
        await kit.Org.ExecuteAsync("UPDATE Person SET DeactivatedAt = @now WHERE Id = @leaver", new { now = DateTime.UtcNow, leaver });
        await kit.Org.ExecuteAsync("UPDATE TeamMembership SET ToDate = @now WHERE PersonId = @leaver", new { now = DateTime.UtcNow, leaver });

        var page = await manager.GetPageAsync($"/admin/rounds/{roundId}");
        await app.InScopeAsync(s => s.GetRequiredService<RoundCloser>().CloseAsync(roundId));

        Assert.Contains("only 2 of their peers can still answer", page.Text("#peer-warnings"));
        Assert.Contains(team.MemberNames[0], page.Text("#peer-warnings"));
        Assert.Equal(saved, await kit.Org.ScalarAsync<long>("SELECT COUNT(*) FROM Rating WHERE RoundId = @roundId AND Perspective = 'peer'", new { roundId }));
    }

    [Fact]
    public async Task A_ratee_who_moves_team_mid_round_stays_in_the_round_team()
    {
        var team = await kit.TeamAsync(5);
        var elsewhere = await kit.TeamAsync(5);
        var manager = await kit.ClientAsync(team.ManagerName);
        var roundId = await kit.OpenRoundAsync(manager, [team.Id]);
        var mover = team.Members[0];
        await kit.AnswerAsync(roundId, "self", mover);
        await kit.Org.ExecuteAsync("UPDATE TeamMembership SET ToDate = @now WHERE PersonId = @mover", new { now = DateTime.UtcNow, mover });
        await kit.Org.ExecuteAsync("INSERT INTO TeamMembership (TeamId, PersonId, FromDate) VALUES (@team, @mover, @now)", new { team = elsewhere.Id, mover, now = DateTime.UtcNow });

        await app.InScopeAsync(s => s.GetRequiredService<RoundCloser>().CloseAsync(roundId));

        var teams = await kit.Org.QueryAsync<long>("SELECT DISTINCT TeamId FROM Rating WHERE RoundId = @roundId AND RateeId = @mover", new { roundId, mover });
        Assert.Equal([team.Id], teams.Select(t => (int)t));
    }

    [Fact]
    public async Task A_ratee_never_sees_whether_or_which_peers_have_answered_about_them()
    {
        var team = await kit.TeamAsync(5);
        var manager = await kit.ClientAsync(team.ManagerName);
        var roundId = await kit.OpenRoundAsync(manager, [team.Id]);
        var ratee = team.Members[0];
        var client = await kit.ClientAsync(team.MemberNames[0]);
        var selfSheet = await kit.Org.ScalarAsync<long>("SELECT Id FROM Sheet WHERE RoundId = @roundId AND Perspective = 'self' AND RaterId = @ratee", new { roundId, ratee });
        async Task<string> WhatTheRateeSeesAsync()
        {
            var pages = new List<string>();
            foreach (var url in new[] { "/", "/surveys", $"/surveys/{selfSheet}", $"/rounds/{roundId}/self", $"/teams/{team.Id}", "/me/data" })
            {
                var response = await client.GetAsync(url);
                pages.Add($"{url} {(int)response.StatusCode} " + Tokens().Replace(await response.Content.ReadAsStringAsync(), ""));
            }
            return string.Join("\n", pages);
        }
        var before = await WhatTheRateeSeesAsync();
        Assert.All(new[] { "/ 200", "/surveys 200", $"/surveys/{selfSheet} 200", $"/teams/{team.Id} 200", "/me/data 200" }, seen => Assert.Contains(seen, before));

        foreach (var peer in await kit.Org.QueryAsync<long>(
            "SELECT RaterId FROM Sheet WHERE RoundId = @roundId AND Perspective = 'peer' AND RateeId = @ratee", new { roundId, ratee }))
        {
            await kit.AnswerAsync(roundId, "peer", (int)peer, "Answered about a colleague");
            Assert.Equal(before, await WhatTheRateeSeesAsync());
        }
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/admin/rounds/{roundId}/progress")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/admin/rounds/{roundId}")).StatusCode);
    }

    [System.Text.RegularExpressions.GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]*\"")]
    private static partial System.Text.RegularExpressions.Regex Tokens();

    [Fact]
    public async Task Completion_of_another_team_is_not_found()
    {
        var team = await kit.TeamAsync(5);
        var manager = await kit.ClientAsync(team.ManagerName);
        var roundId = await kit.OpenRoundAsync(manager, [team.Id]);
        var stranger = await kit.ClientAsync((await kit.TeamAsync(5)).ManagerName);

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/admin/rounds/{roundId}/progress")).StatusCode);
    }
}
