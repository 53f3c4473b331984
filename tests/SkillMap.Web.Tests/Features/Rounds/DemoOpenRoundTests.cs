using SkillMap.Web.Data;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features.Rounds;

public sealed class DemoOpenRoundTests
{
    [Fact]
    public async Task The_demo_open_round_is_opened_by_the_real_opener_and_has_every_sheet()
    {
        using var app = new SkillMapFactory();
        var org = new TestOrganisation(app.Service<Db>());
        await app.CreateBrowserClient().GetAsync("/healthz");
        var roundId = await org.ScalarAsync<int>("SELECT Id FROM Round WHERE Status = 'open'");
        var members = await org.QueryAsync<(long PersonId, long TeamId)>("SELECT PersonId, TeamId FROM TeamMembership WHERE ToDate IS NULL");
        var sheets = await org.QueryAsync<(string Perspective, long RaterId, long? RateeId, long TeamId)>(
            "SELECT Perspective, RaterId, RateeId, TeamId FROM Sheet WHERE RoundId = @roundId", new { roundId });

        foreach (var (person, team) in members)
        {
            Assert.Contains(("self", person, (long?)person, team), sheets);
            Assert.Contains(("team", person, (long?)null, team), sheets);
            Assert.Single(sheets, s => s.Perspective == "manager" && s.RateeId == person);
            Assert.InRange(sheets.Count(s => s.Perspective == "peer" && s.RateeId == person), 3, 6);
        }
        Assert.True(await org.ScalarAsync<long>("SELECT COUNT(*) FROM DraftAnswer a JOIN Sheet s ON s.Id = a.SheetId WHERE s.RoundId = @roundId AND s.Perspective = 'peer'", new { roundId }) > 0);
        Assert.Equal(0, await org.ScalarAsync<long>("SELECT COUNT(*) FROM DraftAnswer a JOIN Sheet s ON s.Id = a.SheetId WHERE s.RoundId = @roundId AND s.Perspective = 'self'", new { roundId }));
        Assert.NotNull(await org.ScalarAsync<DateTime?>("SELECT OpenedAt FROM Round WHERE Id = @roundId", new { roundId }));
    }
}
