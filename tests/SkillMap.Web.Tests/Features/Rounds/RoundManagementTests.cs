using System.Net;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features.Rounds;

public sealed class RoundManagementTests(SkillMapFactory app) : IClassFixture<SkillMapFactory>
{
    private readonly RoundTestKit kit = new(app);

    [Fact]
    public async Task An_admin_creates_a_round_with_times_entered_in_Tokyo_and_stored_in_UTC()
    {
        var team = await kit.TeamAsync(5);
        var admin = await kit.ClientAsync("山本 健一");

        var roundId = await kit.CreateRoundAsync(admin, [team.Id], new()
        {
            ["Input.Name"] = "2030 H1",
            ["Input.OpensAt"] = "2030-04-01T09:00",
            ["Input.ClosesAt"] = "2030-04-15T18:00",
            ["Input.PeerThreshold"] = "4",
            ["Input.ReleaseAfterDays"] = "",
            ["Input.Form"] = "core",
        });

        var stored = (await kit.Org.QueryAsync<(string Status, DateTime OpensAt, DateTime ClosesAt, long Threshold, long? Release, string Form)>(
            "SELECT Status, OpensAt, ClosesAt, PeerThreshold, ReleaseAfterDays, Form FROM Round WHERE Id = @roundId", new { roundId })).Single();
        Assert.Equal(("draft", new DateTime(2030, 4, 1, 0, 0, 0), new DateTime(2030, 4, 15, 9, 0, 0), 4L, (long?)null, "core"), stored);
        var page = await admin.GetPageAsync($"/admin/rounds/{roundId}");
        Assert.Contains("6:00", page.Text("#round-closes-at"));
        Assert.Contains("April 15, 2030", page.Text("#round-closes-at"));
        Assert.Equal(1, await kit.Org.ScalarAsync<long>("SELECT COUNT(*) FROM AuditEntry WHERE Action = 'round.created' AND TargetId = @roundId", new { roundId }));
    }

    [Theory]
    [InlineData("en", "2", "from 3 to 20")]
    [InlineData("ja", "1", "3〜20 の整数")]
    public async Task A_peer_threshold_below_three_is_refused_and_nothing_is_created(string language, string threshold, string message)
    {
        var team = await kit.TeamAsync(5);
        var admin = await kit.ClientAsync("山本 健一", language);
        var before = await kit.Org.ScalarAsync<long>("SELECT COUNT(*) FROM Round");
        var page = await admin.GetPageAsync("/admin/rounds/new");

        var response = await admin.SubmitAsync(page.Form("#round-form"), "/admin/rounds/new", set:
        [
            new("Input.Name", "Too small"), new("Input.TeamIds", team.Id.ToString()), new("Input.PeerThreshold", threshold),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, (await Html.ParseAsync(response)).Text("#error-summary"));
        Assert.Equal(before, await kit.Org.ScalarAsync<long>("SELECT COUNT(*) FROM Round"));
    }

    [Fact]
    public async Task Bad_dates_are_refused_with_a_message()
    {
        var team = await kit.TeamAsync(5);
        var admin = await kit.ClientAsync("山本 健一");
        var page = await admin.GetPageAsync("/admin/rounds/new");

        var response = await admin.SubmitAsync(page.Form("#round-form"), "/admin/rounds/new", set:
        [
            new("Input.Name", "Backwards"), new("Input.TeamIds", team.Id.ToString()),
            new("Input.OpensAt", "2030-05-01T09:00"), new("Input.ClosesAt", "2030-04-01T09:00"),
        ]);

        Assert.Contains("after the opening time", (await Html.ParseAsync(response)).Text("#error-summary"));
    }

    [Fact]
    public async Task A_manager_manages_rounds_only_for_their_own_teams()
    {
        var mine = await kit.TeamAsync(5);
        var other = await kit.TeamAsync(5);
        var admin = await kit.ClientAsync("山本 健一");
        var othersRound = await kit.CreateRoundAsync(admin, [other.Id]);
        var manager = await kit.ClientAsync(mine.ManagerName);
        var page = await manager.GetPageAsync("/admin/rounds/new");

        var refused = await manager.SubmitAsync(page.Form("#round-form"), "/admin/rounds/new", set:
            [new("Input.Name", "Not mine"), new("Input.TeamIds", other.Id.ToString())]);
        var ownRound = await kit.CreateRoundAsync(manager, [mine.Id]);

        Assert.Contains("not a team you can put in a round", (await Html.ParseAsync(refused)).Text("#error-summary"));
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/admin/rounds/{othersRound}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/admin/rounds/{othersRound}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/admin/rounds/{ownRound}")).StatusCode);
        var list = await manager.GetPageAsync("/admin/rounds");
        Assert.NotNull(list.QuerySelector($"#round-{ownRound}"));
        Assert.Null(list.QuerySelector($"#round-{othersRound}"));
    }

    [Fact]
    public async Task A_member_cannot_reach_round_management()
    {
        var member = await kit.ClientAsync("佐藤 美咲");

        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync("/admin/rounds")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync("/admin/rounds/new")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync("/admin/rounds/1")).StatusCode);
    }

    [Fact]
    public async Task A_draft_can_be_edited_and_an_open_round_cannot()
    {
        var team = await kit.TeamAsync(5);
        var admin = await kit.ClientAsync("山本 健一");
        var roundId = await kit.CreateRoundAsync(admin, [team.Id]);
        var edit = await admin.GetPageAsync($"/admin/rounds/{roundId}/edit");

        var saved = await admin.SubmitAsync(edit.Form("#round-form"), $"/admin/rounds/{roundId}/edit", set: [new("Input.Name", "Renamed round")]);
        await kit.OpenAsync(admin, roundId);
        var afterOpen = await admin.GetAsync($"/admin/rounds/{roundId}/edit");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Renamed round", await kit.Org.ScalarAsync<string>("SELECT Name FROM Round WHERE Id = @roundId", new { roundId }));
        Assert.Equal(HttpStatusCode.Redirect, afterOpen.StatusCode);
    }

    [Fact]
    public async Task Opening_creates_every_sheet_with_revision_zero_and_leaves_out_people_who_are_not_rated()
    {
        var team = await kit.TeamAsync(6);
        var contractor = team.Members[5];
        await kit.Org.ExecuteAsync("UPDATE Person SET IsRated = 0 WHERE Id = @contractor", new { contractor });
        var admin = await kit.ClientAsync("山本 健一");

        var roundId = await kit.OpenRoundAsync(admin, [team.Id]);

        var sheets = await kit.Org.QueryAsync<(string Perspective, long RaterId, long? RateeId, long TeamId, long Revision, long Finished)>(
            "SELECT Perspective, RaterId, RateeId, TeamId, Revision, IsFinished FROM Sheet WHERE RoundId = @roundId", new { roundId });
        var ratees = team.Members[..5];
        Assert.All(sheets, s => Assert.Equal((team.Id, 0L, 0L), ((int)s.TeamId, s.Revision, s.Finished)));
        Assert.Equal(ratees.Order(), sheets.Where(s => s.Perspective == "self").Select(s => (int)s.RaterId).Order());
        Assert.Equal(ratees.Order(), sheets.Where(s => s.Perspective == "manager").Select(s => (int)s.RateeId!).Order());
        Assert.All(sheets.Where(s => s.Perspective == "manager"), s => Assert.Equal(team.ManagerId, (int)s.RaterId));
        Assert.Equal(team.Members.Order(), sheets.Where(s => s.Perspective == "team").Select(s => (int)s.RaterId).Order());
        Assert.DoesNotContain(sheets, s => s.RateeId == contractor);
        Assert.Contains(sheets, s => s.Perspective == "peer" && s.RaterId == contractor);
        Assert.DoesNotContain(sheets, s => s.Perspective == "peer" && (s.RaterId == team.ManagerId || s.RaterId == s.RateeId));
        // Six raters (the contractor too) each rate four of the five ratees: 24 ratings, four or five per ratee.
        Assert.Equal(24, sheets.Count(s => s.Perspective == "peer"));
        Assert.All(ratees, r => Assert.InRange(sheets.Count(s => s.Perspective == "peer" && s.RateeId == r), 4, 5));
        Assert.Equal(1, await kit.Org.ScalarAsync<long>("SELECT COUNT(*) FROM AuditEntry WHERE Action = 'round.opened' AND TargetId = @roundId", new { roundId }));
    }

    [Fact]
    public async Task A_round_cannot_open_while_a_ratee_has_too_few_possible_peers_and_the_page_says_who_and_why()
    {
        var small = await kit.TeamAsync(3);
        var admin = await kit.ClientAsync("山本 健一");
        var roundId = await kit.CreateRoundAsync(admin, [small.Id]);

        var draft = await admin.GetPageAsync($"/admin/rounds/{roundId}");
        var response = await kit.OpenAsync(admin, roundId);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("cannot open yet", page.Text("#error-summary"));
        foreach (var name in small.MemberNames)
        {
            Assert.Contains($"{name} ({small.Name}): only 2 possible peers, 3 needed", page.Text("#readiness-problems"));
        }
        Assert.Contains("only 2 possible peers", draft.Text("#readiness-problems"));
        Assert.Equal("draft", await kit.StatusAsync(roundId));
        Assert.Equal(0, await kit.Org.ScalarAsync<long>("SELECT COUNT(*) FROM Sheet WHERE RoundId = @roundId", new { roundId }));
    }

    [Fact]
    public async Task The_deadline_of_an_open_round_can_be_extended_but_not_brought_forward()
    {
        var team = await kit.TeamAsync(5);
        var admin = await kit.ClientAsync("山本 健一");
        var roundId = await kit.OpenRoundAsync(admin, [team.Id]);
        var before = await kit.Org.ScalarAsync<DateTime>("SELECT ClosesAt FROM Round WHERE Id = @roundId", new { roundId });
        var url = $"/admin/rounds/{roundId}/deadline";
        var page = await admin.GetPageAsync(url);

        var earlier = await admin.SubmitAsync(page.Form("#deadline-form"), url, set: [new("ClosesAt", RoundTestKit.Local(before.AddDays(-1)))]);
        var later = await admin.SubmitAsync(page.Form("#deadline-form"), url, set: [new("ClosesAt", RoundTestKit.Local(before.AddDays(3)))]);

        Assert.Contains("later than the current one", (await Html.ParseAsync(earlier)).Text("#error-summary"));
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
        var after = await kit.Org.ScalarAsync<DateTime>("SELECT ClosesAt FROM Round WHERE Id = @roundId", new { roundId });
        Assert.Equal(before.AddDays(3).ToString("yyyy-MM-dd HH:mm"), after.ToString("yyyy-MM-dd HH:mm"));
        Assert.Equal(1, await kit.Org.ScalarAsync<long>("SELECT COUNT(*) FROM AuditEntry WHERE Action = 'round.deadline-extended' AND TargetId = @roundId", new { roundId }));
    }

    [Fact]
    public async Task Closing_by_hand_needs_a_confirmation_then_closes_in_the_background_and_every_saved_answer_counts()
    {
        var team = await kit.TeamAsync(5);
        var admin = await kit.ClientAsync("山本 健一");
        var roundId = await kit.OpenRoundAsync(admin, [team.Id]);
        await kit.AnswerAsync(roundId, "self", team.Members[0]);
        await kit.Org.ExecuteAsync("UPDATE Sheet SET IsFinished = 0 WHERE RoundId = @roundId", new { roundId });
        var saved = await kit.Org.ScalarAsync<long>("SELECT COUNT(*) FROM DraftAnswer a JOIN Sheet s ON s.Id = a.SheetId WHERE s.RoundId = @roundId", new { roundId });
        var url = $"/admin/rounds/{roundId}/close";
        var page = await admin.GetPageAsync(url);
        Assert.Contains("cannot be undone", page.Text("#close-warning"));

        var unconfirmed = await admin.SubmitAsync(page.Form("#close-form"), url, remove: ["Confirm"]);
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Equal("open", await kit.StatusAsync(roundId));

        var confirmed = await admin.SubmitAsync(page.Form("#close-form"), url, set: [new("Confirm", "true")]);

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal("closed", await RoundTestKit.EventuallyAsync(() => kit.StatusAsync(roundId), s => s == "closed"));
        Assert.True(saved > 0);
        Assert.Equal(saved, await kit.Org.ScalarAsync<long>("SELECT COUNT(*) FROM Rating WHERE RoundId = @roundId AND Perspective = 'self'", new { roundId }));
        Assert.Equal(0, await kit.Org.ScalarAsync<long>("SELECT COUNT(*) FROM Sheet WHERE RoundId = @roundId", new { roundId }));
        var actions = await kit.Org.QueryAsync<string>("SELECT Action FROM AuditEntry WHERE TargetId = @roundId AND TargetType = 'round'", new { roundId });
        Assert.Contains("round.close-requested", actions);
        Assert.Contains("round.closed", actions);
    }

    [Theory]
    [InlineData("ja", "評価ラウンド")]
    [InlineData("en", "Assessment rounds")]
    public async Task Every_round_page_of_the_demo_renders_in_both_languages(string language, string heading)
    {
        var admin = await kit.ClientAsync("山本 健一", language);
        var open = await kit.Org.ScalarAsync<int>("SELECT MIN(Id) FROM Round WHERE Status = 'open'");
        var closed = await kit.Org.ScalarAsync<int>("SELECT MIN(Id) FROM Round WHERE Status = 'closed'");

        Assert.Contains(heading, (await admin.GetPageAsync("/admin/rounds")).Text("h1"));
        foreach (var url in new[]
        {
            "/admin/rounds/new", $"/admin/rounds/{open}", $"/admin/rounds/{open}/progress", $"/admin/rounds/{open}/deadline",
            $"/admin/rounds/{open}/close", $"/admin/rounds/{closed}", $"/admin/rounds/{closed}/results",
            $"/admin/rounds/{closed}/comments", $"/admin/rounds/{closed}/purge",
        })
        {
            var page = await admin.GetPageAsync(url);
            Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
            Assert.DoesNotContain("Rounds.", page.Body!.TextContent);
        }
    }
}
