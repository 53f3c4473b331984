using Microsoft.Extensions.Logging.Abstractions;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Rounds;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features.Plans;

public sealed class ProposedPlanTests(PlanFixture fixture) : IClassFixture<PlanFixture>
{
    private sealed record ActionRow
    {
        public string ItemKey { get; init; } = "";
        public string ActionType { get; init; } = "";
        public string Reason { get; init; } = "";
        public string? Basis { get; init; }
        public long? OwnerId { get; init; }
    }

    private Task<List<ActionRow>> ActionsAsync(int personId) => fixture.Org.QueryAsync<ActionRow>(
        """
        SELECT i.ItemKey AS ItemKey, a.ActionType AS ActionType, a.Reason AS Reason, a.Basis AS Basis, a.OwnerId AS OwnerId
        FROM PlanAction a JOIN TrainingPlan p ON p.Id = a.PlanId JOIN SkillItem i ON i.Id = a.SkillItemId
        WHERE p.RoundId = @Round AND p.PersonId = @personId
        ORDER BY a.Position
        """, new { fixture.Round, personId });

    [Fact]
    public async Task Closing_a_round_proposes_the_lowest_items_and_the_largest_blind_spot_then_the_strengths()
    {
        var actions = await ActionsAsync(fixture.Aoi);

        Assert.Equal(["logic.a", "mindset.a", "abstraction.a", "conduct.a", "logic.b"], actions.Select(a => a.ItemKey));
        Assert.Equal(["training", "coaching", "strength", "strength", "strength"], actions.Select(a => a.ActionType));
        Assert.Equal(["low-level", "blind-spot"], actions.Take(2).Select(a => a.Reason));
        Assert.All(actions, a => Assert.Equal("peers", a.Basis));
        Assert.All(actions, a => Assert.Equal(fixture.Aoi, a.OwnerId));
    }

    [Fact]
    public async Task Below_the_peer_threshold_a_plan_uses_the_manager_and_self_and_never_the_hidden_peer_scores()
    {
        // Ben's two peers gave 1 everywhere; had they counted, his first items would follow the model's order.
        var actions = await ActionsAsync(fixture.Ben);

        Assert.Equal(["logic.b", "logic.a", "conduct.a", "mindset.a", "abstraction.a"], actions.Select(a => a.ItemKey));
        Assert.All(actions, a => Assert.Equal("manager-and-self", a.Basis));
        Assert.Equal(["blind-spot", "blind-spot", "blind-spot"], actions.Take(3).Select(a => a.Reason));
    }

    [Fact]
    public async Task Team_answers_never_enter_a_personal_plan_and_own_answers_alone_propose_nothing()
    {
        var outcome = await fixture.Org.ScalarAsync<long>(
            "SELECT COUNT(*) FROM PlanAction a JOIN SkillItem i ON i.Id = a.SkillItemId WHERE i.Scope = 'team'");
        Assert.Equal(0, outcome);
        Assert.Empty(await ActionsAsync(fixture.Cho));
    }

    [Fact]
    public async Task A_shared_explicit_need_becomes_one_team_workshop_counted_from_shown_cells_only()
    {
        var rows = await fixture.Org.QueryAsync<(string Area, string Kind, long People, long Assessed)>(
            "SELECT Area, Kind, People, Assessed FROM TeamPlanAction WHERE RoundId = @Round AND TeamId = @Team", new { fixture.Round, fixture.Team });

        // Logic: Ben 2.5 (manager) and Dan 2.0 (peers) need it, Aoi 3.0 does not; Cho has no shown level.
        Assert.Equal([("logic", "explicit", 2L, 3L)], rows);
    }

    [Fact]
    public async Task Plans_are_proposed_once_even_when_asked_again()
    {
        var before = await fixture.Org.ScalarAsync<long>("SELECT COUNT(*) FROM PlanAction");
        await fixture.App.InScopeAsync(async s =>
        {
            await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<SkillMap.Web.Features.Plans.PlanProposer>(s).EnsureProposedAsync();
            return 0;
        });
        Assert.Equal(before, await fixture.Org.ScalarAsync<long>("SELECT COUNT(*) FROM PlanAction"));
    }
}

public sealed class PlanBackfillTests
{
    [Fact]
    public async Task A_round_closed_before_plans_existed_has_plans_on_the_first_visit()
    {
        using var app = new SkillMapFactory();
        var db = app.Service<Db>();
        var org = new TestOrganisation(db);
        var model = await org.ModelAsync();
        var items = await org.ItemIdsAsync(model);
        var team = await org.TeamAsync("Backfill Team");
        var people = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            people.Add(await org.PersonAsync($"Backfill {i}", team));
        }
        var manager = await org.PersonAsync("Backfill Manager", null, role: "manager");
        await org.ManagerAsync(team, manager);
        var round = await org.RoundAsync(model, "open", team);
        foreach (var ratee in people)
        {
            foreach (var rater in people.Where(p => p != ratee))
            {
                await org.SheetAsync(round, "peer", rater, ratee, team, new Dictionary<int, int?> { [items["logic.a"]] = 2, [items["mindset.a"]] = 5 });
            }
        }
        // Closed by a pipeline without the plans step, as rounds closed before this feature were.
        await new RoundCloser(db, TimeProvider.System, [], NullLogger<RoundCloser>.Instance).CloseAsync(round);
        Assert.Equal(0, await org.ScalarAsync<long>("SELECT COUNT(*) FROM TrainingPlan WHERE RoundId = @round", new { round }));

        var client = app.CreateBrowserClient();
        await client.SignInAsAsync("Backfill Manager");
        var page = await client.GetPageAsync($"/plans?round={round}&team={team}");

        Assert.Equal(4, await org.ScalarAsync<long>("SELECT COUNT(*) FROM TrainingPlan WHERE RoundId = @round", new { round }));
        Assert.Equal(4, page.QuerySelectorAll("#team-plans tbody tr").Length);
    }
}
