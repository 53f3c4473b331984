using Microsoft.Extensions.DependencyInjection;
using SkillMap.Web.Features.Rounds;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features.Plans;

/// <summary>
/// The plan fixture's round, then a second round of the same team: Aoi's peers now see her logic at 5
/// (it was 2) and her mindset still at 3; Ben and Dan are seen at 2 on logic by three peers each.
/// </summary>
public sealed class NextRoundFixture : IAsyncLifetime
{
    public PlanFixture Plans { get; } = new();
    public int NextRound { get; private set; }

    public async ValueTask InitializeAsync()
    {
        await Plans.InitializeAsync();
        var org = Plans.Org;
        var items = Plans.Items;
        var model = await org.ScalarAsync<long>("SELECT ModelVersionId FROM Round WHERE Id = @Round", new { Plans.Round });
        NextRound = await org.RoundAsync((int)model, "open", Plans.Team);
        Dictionary<int, int?> Scores(int logic, int mindset) => new()
        {
            [items["logic.a"]] = logic, [items["logic.b"]] = logic, [items["abstraction.a"]] = 4,
            [items["mindset.a"]] = mindset, [items["conduct.a"]] = 4,
        };
        await org.SheetAsync(NextRound, "self", Plans.Aoi, Plans.Aoi, Plans.Team, Scores(4, 5));
        foreach (var peer in new[] { Plans.Ben, Plans.Cho, Plans.Dan })
        {
            await org.SheetAsync(NextRound, "peer", peer, Plans.Aoi, Plans.Team, Scores(5, 3));
        }
        foreach (var (ratee, peers) in new[] { (Plans.Ben, new[] { Plans.Aoi, Plans.Cho, Plans.Dan }), (Plans.Dan, new[] { Plans.Aoi, Plans.Ben, Plans.Cho }) })
        {
            foreach (var peer in peers)
            {
                await org.SheetAsync(NextRound, "peer", peer, ratee, Plans.Team, Scores(2, 4));
            }
        }
        await Plans.App.InScopeAsync(s => s.GetRequiredService<RoundCloser>().CloseAsync(NextRound));
    }

    public async ValueTask DisposeAsync() => await Plans.DisposeAsync();
}

public sealed class PlanNextRoundTests(NextRoundFixture fixture) : IClassFixture<NextRoundFixture>
{
    private PlanFixture Plans => fixture.Plans;

    [Fact]
    public async Task The_next_round_shows_whether_each_planned_item_moved()
    {
        var next = (int)await Plans.Org.ScalarAsync<long>(
            "SELECT Id FROM TrainingPlan WHERE RoundId = @NextRound AND PersonId = @Aoi", new { fixture.NextRound, Plans.Aoi });
        var previous = await Plans.PlanOfAsync(Plans.Aoi);
        var manager = await Plans.SignedInAsync("Mia PlanManager");

        var page = await manager.GetPageAsync($"/plans/{next}");

        var logic = page.QuerySelector("#movement-table tr[data-item='logic.a']")!;
        Assert.Equal("up", logic.GetAttribute("data-direction"));
        Assert.Contains("Went up", logic.TextContent);
        Assert.Contains("+3", logic.TextContent);
        var mindset = page.QuerySelector("#movement-table tr[data-item='mindset.a']")!;
        Assert.Equal("same", mindset.GetAttribute("data-direction"));
        Assert.Contains("About the same", mindset.TextContent);
        Assert.Equal($"/plans/{previous}", page.QuerySelector("#movement-title")!.ParentElement!.QuerySelector("a")!.GetAttribute("href"));

        // The first round's plan has nothing earlier to compare with.
        Assert.Null((await manager.GetPageAsync($"/plans/{previous}")).QuerySelector("#movement-table"));
    }

    [Fact]
    public async Task The_team_plan_says_who_can_teach_whom()
    {
        var manager = await Plans.SignedInAsync("Mia PlanManager");

        var page = await manager.GetPageAsync($"/teams/{Plans.Team}/plan?round={fixture.NextRound}");

        var logic = Assert.Single(page.QuerySelectorAll("#teaching-pairs li[data-area='logic']"));
        Assert.Equal("Aoi Plan can teach Logic to Ben Plan, Dan Plan", logic.TextContent.Trim());
        // In the first round nobody was strong in logic: no pair is offered.
        Assert.Null((await manager.GetPageAsync($"/teams/{Plans.Team}/plan?round={Plans.Round}")).QuerySelector("#teaching-pairs li[data-area='logic']"));
    }
}
