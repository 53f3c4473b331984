using System.Net;
using AngleSharp.Html.Dom;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features.Rounds;

public sealed class RoundPeersTests(SkillMapFactory app) : IClassFixture<SkillMapFactory>
{
    private readonly RoundTestKit kit = new(app);

    private Task<List<(long RateeId, long RaterId)>> PeerSheetsAsync(int roundId) =>
        kit.Org.QueryAsync<(long, long)>("SELECT RateeId, RaterId FROM Sheet WHERE RoundId = @roundId AND Perspective = 'peer' ORDER BY RateeId, RaterId", new { roundId });

    [Fact]
    public async Task The_manager_chooses_peers_and_opening_uses_exactly_those()
    {
        var team = await kit.TeamAsync(5);
        var manager = await kit.ClientAsync(team.ManagerName);
        var roundId = await kit.CreateRoundAsync(manager, [team.Id], new() { ["Input.AssignmentMode"] = "manager" });
        var blocked = await kit.OpenAsync(manager, roundId);
        Assert.Contains("0 peers chosen, 3 needed", (await Html.ParseAsync(blocked)).Text("#readiness-problems"));
        var url = $"/admin/rounds/{roundId}/peers";
        var page = await manager.GetPageAsync(url);
        // Each member is rated by the next three colleagues around the table.
        var chosen = team.Members.SelectMany((ratee, i) => Enumerable.Range(1, 3).Select(k => (Ratee: ratee, Rater: team.Members[(i + k) % 5]))).ToList();

        var saved = await manager.SubmitAsync(page.Form("#peers-form"), url, set: chosen.Select(c => new KeyValuePair<string, string>("Pairs", $"{c.Ratee}-{c.Rater}")).ToList());
        var opened = await kit.OpenAsync(manager, roundId);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal(chosen.Select(c => ((long)c.Ratee, (long)c.Rater)).Order(), await PeerSheetsAsync(roundId));
        Assert.Equal(0, await kit.Org.ScalarAsync<long>("SELECT COUNT(*) FROM RoundPeer WHERE RoundId = @roundId AND Status = 'proposed'", new { roundId }));
    }

    [Fact]
    public async Task The_manager_is_never_offered_as_a_peer_and_a_posted_manager_is_ignored()
    {
        var team = await kit.TeamAsync(5);
        await kit.Org.ExecuteAsync("INSERT INTO TeamMembership (TeamId, PersonId, FromDate) VALUES (@team, @manager, @now)", new { team = team.Id, manager = team.ManagerId, now = DateTime.UtcNow });
        var manager = await kit.ClientAsync(team.ManagerName);
        var roundId = await kit.CreateRoundAsync(manager, [team.Id], new() { ["Input.AssignmentMode"] = "manager" });
        var url = $"/admin/rounds/{roundId}/peers";
        var page = await manager.GetPageAsync(url);

        await manager.SubmitAsync(page.Form("#peers-form"), url, set: [new("Pairs", $"{team.Members[0]}-{team.ManagerId}")]);

        Assert.Empty(page.QuerySelectorAll($"input[value$='-{team.ManagerId}']"));
        Assert.Equal(0, await kit.Org.ScalarAsync<long>("SELECT COUNT(*) FROM RoundPeer WHERE RoundId = @roundId", new { roundId }));
    }

    [Fact]
    public async Task Ratees_nominate_peers_the_manager_approves_and_the_round_opens_with_them()
    {
        var team = await kit.TeamAsync(5);
        var manager = await kit.ClientAsync(team.ManagerName);
        var roundId = await kit.CreateRoundAsync(manager, [team.Id], new() { ["Input.AssignmentMode"] = "nomination" });
        var proposals = new List<(int Ratee, int Rater)>();
        for (var i = 0; i < 5; i++)
        {
            var member = await kit.ClientAsync(team.MemberNames[i]);
            var page = await member.GetPageAsync($"/rounds/{roundId}/peers");
            var picks = Enumerable.Range(1, 3).Select(k => team.Members[(i + k) % 5]).ToList();
            if (i == 0)
            {
                var tooFew = await member.SubmitAsync(page.Form("#nominate-form"), $"/rounds/{roundId}/peers", set: [new("Raters", picks[0].ToString())]);
                Assert.Contains("at least 3", (await Html.ParseAsync(tooFew)).Text("#error-summary"));
            }
            var response = await member.SubmitAsync(page.Form("#nominate-form"), $"/rounds/{roundId}/peers",
                set: picks.Select(p => new KeyValuePair<string, string>("Raters", p.ToString())).ToList());
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            proposals.AddRange(picks.Select(p => (team.Members[i], p)));
        }
        var peersPage = await manager.GetPageAsync($"/admin/rounds/{roundId}/peers");
        Assert.Equal(15, peersPage.QuerySelectorAll(".tag.proposed").Length);

        var approve = (IHtmlFormElement)peersPage.QuerySelector("#approve-proposals")!.Closest("form")!;
        await manager.SubmitAsync(approve, $"/admin/rounds/{roundId}/peers");
        var opened = await kit.OpenAsync(manager, roundId);

        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal(proposals.Select(p => ((long)p.Ratee, (long)p.Rater)).Order(), await PeerSheetsAsync(roundId));
    }

    [Fact]
    public async Task A_ratee_cannot_nominate_their_manager_and_the_manager_changes_a_proposal_and_chooses_their_own_peers_before_opening()
    {
        var team = await kit.TeamAsync(5);
        await kit.Org.ExecuteAsync("INSERT INTO TeamMembership (TeamId, PersonId, FromDate) VALUES (@team, @manager, @now)", new { team = team.Id, manager = team.ManagerId, now = DateTime.UtcNow });
        var manager = await kit.ClientAsync(team.ManagerName);
        var roundId = await kit.CreateRoundAsync(manager, [team.Id], new() { ["Input.AssignmentMode"] = "nomination" });
        var first = await kit.ClientAsync(team.MemberNames[0]);
        var nominate = await first.GetPageAsync($"/rounds/{roundId}/peers");
        Assert.Empty(nominate.QuerySelectorAll($"input[name=Raters][value='{team.ManagerId}']"));

        // Two colleagues and the manager: the manager does not count, so it is too few and nothing is stored.
        var withManager = await first.SubmitAsync(nominate.Form("#nominate-form"), $"/rounds/{roundId}/peers",
            set: [new("Raters", team.Members[1].ToString()), new("Raters", team.Members[2].ToString()), new("Raters", team.ManagerId.ToString())]);
        Assert.Contains("at least 3", (await Html.ParseAsync(withManager)).Text("#error-summary"));
        Assert.Equal(0, await kit.Org.ScalarAsync<long>("SELECT COUNT(*) FROM RoundPeer WHERE RoundId = @roundId", new { roundId }));
        await first.SubmitAsync(nominate.Form("#nominate-form"), $"/rounds/{roundId}/peers",
            set: [new("Raters", team.Members[1].ToString()), new("Raters", team.Members[2].ToString()), new("Raters", team.Members[3].ToString())]);

        // The manager keeps two of the proposals, swaps the third for someone else, and sets everyone else's
        // peers, their own included: listed as a member of the team they manage, they are rated like the others.
        var changed = new List<(int Ratee, int Rater)> { (team.Members[0], team.Members[1]), (team.Members[0], team.Members[2]), (team.Members[0], team.Members[4]) };
        changed.AddRange(team.Members.Skip(1).SelectMany((ratee, i) => Enumerable.Range(1, 3).Select(k => (ratee, team.Members[(i + 1 + k) % 5]))));
        changed.AddRange(team.Members.Take(3).Select(rater => (team.ManagerId, rater)));
        var url = $"/admin/rounds/{roundId}/peers";
        var page = await manager.GetPageAsync(url);
        Assert.Equal(3, page.QuerySelectorAll(".tag.proposed").Length);
        Assert.NotEmpty(page.QuerySelectorAll($"input[name=Pairs][value^='{team.ManagerId}-']"));
        Assert.Empty(page.QuerySelectorAll($"input[name=Pairs][value$='-{team.ManagerId}']"));
        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitAsync(page.Form("#peers-form"), url,
            set: changed.Select(c => new KeyValuePair<string, string>("Pairs", $"{c.Ratee}-{c.Rater}")).ToList())).StatusCode);
        var opened = await kit.OpenAsync(manager, roundId);

        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var sheets = await PeerSheetsAsync(roundId);
        Assert.Equal(changed.Select(c => ((long)c.Ratee, (long)c.Rater)).Order(), sheets);
        Assert.DoesNotContain(sheets, s => s.RaterId == team.ManagerId);
    }

    [Fact]
    public async Task Nomination_is_only_for_ratees_of_a_draft_nomination_round()
    {
        var team = await kit.TeamAsync(5);
        var manager = await kit.ClientAsync(team.ManagerName);
        var automatic = await kit.CreateRoundAsync(manager, [team.Id]);
        var nomination = await kit.CreateRoundAsync(manager, [team.Id], new() { ["Input.AssignmentMode"] = "nomination" });
        var outsider = await kit.ClientAsync("佐藤 美咲");
        var member = await kit.ClientAsync(team.MemberNames[0]);

        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/rounds/{automatic}/peers")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/rounds/{nomination}/peers")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/rounds/{nomination}/peers")).StatusCode);
    }

    [Fact]
    public async Task The_home_page_asks_a_ratee_of_a_nomination_round_to_propose_peers()
    {
        var team = await kit.TeamAsync(5);
        var manager = await kit.ClientAsync(team.ManagerName);
        var roundId = await kit.CreateRoundAsync(manager, [team.Id], new() { ["Input.AssignmentMode"] = "nomination" });
        var member = await kit.ClientAsync(team.MemberNames[0]);

        var home = await member.GetPageAsync("/");

        Assert.Equal($"/rounds/{roundId}/peers", home.QuerySelector($"#nominate-card-{roundId} a")?.GetAttribute("href"));
    }
}
