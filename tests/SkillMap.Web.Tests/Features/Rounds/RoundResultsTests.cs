using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using SkillMap.Web.Features.Rounds;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features.Rounds;

public sealed class RoundResultsTests(SkillMapFactory app) : IClassFixture<SkillMapFactory>
{
    private readonly RoundTestKit kit = new(app);

    /// <summary>A closed round of a fresh team with self, peer and team answers, and a comment on each peer answer.</summary>
    private async Task<(RoundTestKit.TestTeam Team, HttpClient Manager, int RoundId)> ClosedRoundAsync(string? releaseAfterDays = "")
    {
        var team = await kit.TeamAsync(5);
        var manager = await kit.ClientAsync(team.ManagerName);
        var roundId = await kit.OpenRoundAsync(manager, [team.Id], new() { ["Input.ReleaseAfterDays"] = releaseAfterDays ?? "" });
        await kit.AnswerAsync(roundId, "self");
        await kit.AnswerAsync(roundId, "peer", comment: "Always writes the runbook first");
        await kit.AnswerAsync(roundId, "team");
        await app.InScopeAsync(s => s.GetRequiredService<RoundCloser>().CloseAsync(roundId));
        return (team, manager, roundId);
    }

    private static async Task<HttpResponseMessage> PressAsync(HttpClient client, string url, string buttonSelector)
    {
        var page = await client.GetPageAsync(url);
        var form = (IHtmlFormElement)page.QuerySelector(buttonSelector)!.Closest("form")!;
        return await client.SubmitAsync(form, url);
    }

    [Fact]
    public async Task A_manager_releases_results_to_one_person_then_to_the_whole_team()
    {
        var (team, manager, roundId) = await ClosedRoundAsync();
        var visibility = (int ratee) => app.InScopeAsync(s => s.GetRequiredService<ResultVisibility>().IsReleasedToRateeAsync(roundId, ratee));
        Assert.False(await visibility(team.Members[0]));

        await PressAsync(manager, $"/admin/rounds/{roundId}/results", $"#release-{team.Members[0]}");
        Assert.True(await visibility(team.Members[0]));
        Assert.False(await visibility(team.Members[1]));

        var response = await PressAsync(manager, $"/admin/rounds/{roundId}/results", $"#release-team-{team.Id}-all");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        foreach (var member in team.Members)
        {
            Assert.True(await visibility(member));
        }
        Assert.Equal(5, await kit.Org.ScalarAsync<long>("SELECT COUNT(*) FROM ResultRelease WHERE RoundId = @roundId AND ReleasedBy = @by", new { roundId, by = team.ManagerId }));
        Assert.Equal(2, await kit.Org.ScalarAsync<long>("SELECT COUNT(*) FROM AuditEntry WHERE Action = 'round.results-released' AND TargetId = @roundId", new { roundId }));
    }

    [Fact]
    public async Task Results_are_released_automatically_the_configured_days_after_close()
    {
        var (team, manager, roundId) = await ClosedRoundAsync("14");
        var visibility = () => app.InScopeAsync(s => s.GetRequiredService<ResultVisibility>().IsReleasedToRateeAsync(roundId, team.Members[0]));
        Assert.False(await visibility());
        Assert.Contains("released automatically on", (await manager.GetPageAsync($"/admin/rounds/{roundId}")).Text("#auto-release"));

        await kit.Org.ExecuteAsync("UPDATE Round SET ClosedAt = @closed WHERE Id = @roundId", new { closed = DateTime.UtcNow.AddDays(-15), roundId });

        Assert.True(await visibility());
    }

    [Fact]
    public async Task Comments_to_review_are_shuffled_on_each_visit()
    {
        var (_, manager, roundId) = await ClosedRoundAsync();
        var orders = new HashSet<string>();
        for (var i = 0; i < 10 && orders.Count < 2; i++)
        {
            var page = await manager.GetPageAsync($"/admin/rounds/{roundId}/comments");
            orders.Add(string.Join(",", page.QuerySelectorAll("li.comment").Select(c => c.Id)));
        }

        Assert.Equal(2, orders.Count);
    }

    [Fact]
    public async Task A_manager_hides_a_comment_shown_without_its_rater_and_the_hiding_is_audited()
    {
        var (team, manager, roundId) = await ClosedRoundAsync();
        var url = $"/admin/rounds/{roundId}/comments";
        var page = await manager.GetPageAsync(url);
        var comments = page.QuerySelectorAll("li.comment").ToList();
        Assert.NotEmpty(comments);
        Assert.All(comments, c => Assert.Contains("Always writes the runbook first", c.TextContent));
        // Every member rated peers and wrote these comments: no comment names anyone.
        Assert.All(comments, c => Assert.DoesNotContain(team.MemberNames, c.TextContent.Contains));
        var commentId = int.Parse(comments[0].Id!.Split('-')[1]);

        var response = await PressAsync(manager, url, $"#hide-comment-{commentId}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await kit.Org.ScalarAsync<bool>("SELECT IsHidden FROM RatingComment WHERE Id = @commentId", new { commentId }));
        Assert.Equal(1, await kit.Org.ScalarAsync<long>("SELECT COUNT(*) FROM AuditEntry WHERE Action = 'round.comment-hidden' AND TargetId = @commentId", new { commentId }));
        Assert.NotNull((await manager.GetPageAsync(url)).QuerySelector($"#show-comment-{commentId}"));

        // Hiding can be undone, and that is audited too.
        Assert.Equal(HttpStatusCode.Redirect, (await PressAsync(manager, url, $"#show-comment-{commentId}")).StatusCode);
        Assert.False(await kit.Org.ScalarAsync<bool>("SELECT IsHidden FROM RatingComment WHERE Id = @commentId", new { commentId }));
        Assert.Equal(1, await kit.Org.ScalarAsync<long>("SELECT COUNT(*) FROM AuditEntry WHERE Action = 'round.comment-shown' AND TargetId = @commentId", new { commentId }));
        Assert.NotNull((await manager.GetPageAsync(url)).QuerySelector($"#hide-comment-{commentId}"));
    }

    [Fact]
    public async Task Another_team_manager_cannot_see_or_hide_the_comments()
    {
        var (_, manager, roundId) = await ClosedRoundAsync();
        var page = await manager.GetPageAsync($"/admin/rounds/{roundId}/comments");
        var form = (IHtmlFormElement)page.QuerySelector("li.comment form")!;
        var stranger = await kit.ClientAsync((await kit.TeamAsync(5)).ManagerName);

        var get = await stranger.GetAsync($"/admin/rounds/{roundId}/comments");
        var post = await stranger.PostAsync(form.Action, new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.NotEqual(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal(0, await kit.Org.ScalarAsync<long>("SELECT COUNT(*) FROM RatingComment WHERE RoundId = @roundId AND IsHidden = 1", new { roundId }));
    }

    [Fact]
    public async Task An_archived_round_is_read_only_history()
    {
        var (team, manager, roundId) = await ClosedRoundAsync();
        var results = await manager.GetPageAsync($"/admin/rounds/{roundId}/results");
        var releaseForm = (IHtmlFormElement)results.QuerySelector($"#release-{team.Members[0]}")!.Closest("form")!;

        await PressAsync(manager, $"/admin/rounds/{roundId}", "#archive-round");
        var stale = await manager.SubmitAsync(releaseForm, $"/admin/rounds/{roundId}/results");

        Assert.Equal("archived", await kit.StatusAsync(roundId));
        Assert.Equal(HttpStatusCode.Redirect, stale.StatusCode);
        Assert.Equal(0, await kit.Org.ScalarAsync<long>("SELECT COUNT(*) FROM ResultRelease WHERE RoundId = @roundId", new { roundId }));
        var after = await manager.GetPageAsync($"/admin/rounds/{roundId}/results");
        Assert.Empty(after.QuerySelectorAll("button[id^=release-]"));
        Assert.Empty((await manager.GetPageAsync($"/admin/rounds/{roundId}/comments")).QuerySelectorAll("button[id^=hide-comment-]"));
        Assert.True(await kit.Org.ScalarAsync<long>("SELECT COUNT(*) FROM Rating WHERE RoundId = @roundId", new { roundId }) > 0);
    }

    [Fact]
    public async Task Purging_needs_the_round_name_typed_and_then_leaves_nothing_of_its_answers()
    {
        var (team, manager, roundId) = await ClosedRoundAsync();
        await PressAsync(manager, $"/admin/rounds/{roundId}/results", $"#release-team-{team.Id}-all");
        var otherRatings = await kit.Org.ScalarAsync<long>("SELECT COUNT(*) FROM Rating WHERE RoundId <> @roundId", new { roundId });
        var name = await kit.Org.ScalarAsync<string>("SELECT Name FROM Round WHERE Id = @roundId", new { roundId });
        var url = $"/admin/rounds/{roundId}/purge";
        var page = await manager.GetPageAsync(url);

        var wrong = await manager.SubmitAsync(page.Form("#purge-form"), url, set: [new("TypedName", name + "x")]);
        Assert.Contains("does not match", (await Html.ParseAsync(wrong)).Text("#error-summary"));
        Assert.True(await kit.Org.ScalarAsync<long>("SELECT COUNT(*) FROM Rating WHERE RoundId = @roundId", new { roundId }) > 0);

        var right = await manager.SubmitAsync(page.Form("#purge-form"), url, set: [new("TypedName", name)]);

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        foreach (var table in new[] { "Rating", "RatingComment", "ResultRelease", "RoundPeer", "Sheet", "TrainingPlan", "TeamPlanAction", "PlanRound" })
        {
            Assert.Equal(0, await kit.Org.ScalarAsync<long>($"SELECT COUNT(*) FROM {table} WHERE RoundId = @roundId", new { roundId }));
        }
        Assert.Equal(otherRatings, await kit.Org.ScalarAsync<long>("SELECT COUNT(*) FROM Rating WHERE RoundId <> @roundId", new { roundId }));
        Assert.Equal(1, await kit.Org.ScalarAsync<long>("SELECT COUNT(*) FROM AuditEntry WHERE Action = 'round.purged' AND TargetId = @roundId AND ActorId = @actor", new { roundId, actor = team.ManagerId }));
        Assert.Contains("Purged", (await manager.GetPageAsync($"/admin/rounds/{roundId}")).Text("#round-purged"));
    }
}
