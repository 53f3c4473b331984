using SkillMap.Web.Data;
using SkillMap.Web.Features.Plans;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features.Plans;

public sealed class PlanPurgeTests
{
    [Fact]
    public async Task Purging_a_round_removes_its_plans_and_leaves_other_rounds_alone()
    {
        using var app = new SkillMapFactory();
        var db = app.Service<Db>();
        var org = new TestOrganisation(db);
        await app.CreateBrowserClient().GetAsync("/healthz");
        var rounds = await org.QueryAsync<long>("SELECT RoundId FROM PlanRound ORDER BY RoundId");
        Assert.Equal(2, rounds.Count);
        await org.ExecuteAsync("INSERT INTO PlanComment (PlanId, AuthorId, Body, CreatedAt) SELECT MIN(Id), MIN(PersonId), 'ok', @now FROM TrainingPlan WHERE RoundId = @round", new { now = DateTime.UtcNow, round = rounds[0] });

        await db.WriteAsync(async (c, t) =>
        {
            await PlanPurge.DeleteRoundAsync(c, t, (int)rounds[0]);
            return 0;
        });

        Assert.Equal(0, await org.ScalarAsync<long>("SELECT COUNT(*) FROM TrainingPlan WHERE RoundId = @round", new { round = rounds[0] }));
        Assert.Equal(0, await org.ScalarAsync<long>("SELECT COUNT(*) FROM PlanComment"));
        Assert.True(await org.ScalarAsync<long>("SELECT COUNT(*) FROM TrainingPlan WHERE RoundId = @round", new { round = rounds[1] }) > 0);
        Assert.Equal([rounds[1]], await org.QueryAsync<long>("SELECT RoundId FROM PlanRound"));
    }
}
