using System.Net;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features.Demo;

public sealed class DemoModeTests
{
    [Fact]
    public async Task A_newcomer_finds_a_demo_organisation_of_teams_with_five_to_eight_people_in_a_division_of_two_sections()
    {
        using var app = new SkillMapFactory();
        var org = new TestOrganisation(app.Service<SkillMap.Web.Data.Db>());
        await app.CreateBrowserClient().GetAsync("/healthz");

        var teamSizes = await org.QueryAsync<long>("SELECT COUNT(*) FROM TeamMembership GROUP BY TeamId");
        var roles = await org.QueryAsync<string>("SELECT DISTINCT Role FROM Person");
        var rounds = await org.QueryAsync<string>("SELECT Status FROM Round ORDER BY Id");
        var units = await org.QueryAsync<string>("SELECT COALESCE(p.Name, '-') || ' > ' || u.Name FROM OrgUnit u LEFT JOIN OrgUnit p ON p.Id = u.ParentId ORDER BY u.Id");
        var teamsPerSection = await org.QueryAsync<long>("SELECT COUNT(t.Id) FROM OrgUnit u LEFT JOIN Team t ON t.UnitId = u.Id WHERE u.ParentId IS NOT NULL GROUP BY u.Id ORDER BY u.Id");

        Assert.True(teamSizes.Count >= 2);
        Assert.All(teamSizes, size => Assert.InRange(size, 5, 8));
        Assert.Equal(["admin", "manager", "member"], roles.Order());
        Assert.Equal(["closed", "closed", "open"], rounds);
        Assert.Equal(["- > 運用本部 (Operations Division)", "運用本部 (Operations Division) > 基盤課 (Infrastructure Section)", "運用本部 (Operations Division) > サービス課 (Service Section)"], units);
        Assert.Equal([2L, 1L], teamsPerSection);
        Assert.Equal(0, await org.ScalarAsync<long>("SELECT COUNT(*) FROM Team WHERE UnitId IS NULL"));
    }

    [Fact]
    public async Task Closed_demo_rounds_keep_no_link_from_a_peer_to_their_answers()
    {
        using var app = new SkillMapFactory();
        var org = new TestOrganisation(app.Service<SkillMap.Web.Data.Db>());
        await app.CreateBrowserClient().GetAsync("/healthz");

        var closedRoundSheets = await org.ScalarAsync<long>("SELECT COUNT(*) FROM Sheet s JOIN Round r ON r.Id = s.RoundId WHERE r.Status = 'closed'");
        var peerRatingsWithRater = await org.ScalarAsync<long>("SELECT COUNT(*) FROM Rating WHERE Perspective IN ('peer', 'team') AND RaterId IS NOT NULL");
        var peerRatings = await org.ScalarAsync<long>("SELECT COUNT(*) FROM Rating WHERE Perspective = 'peer' AND SheetToken IS NOT NULL");

        Assert.Equal(0, closedRoundSheets);
        Assert.Equal(0, peerRatingsWithRater);
        Assert.True(peerRatings > 0);
    }

    [Fact]
    public async Task The_demo_picker_lists_only_demo_people()
    {
        using var app = new SkillMapFactory();
        var org = new TestOrganisation(app.Service<SkillMap.Web.Data.Db>());
        await app.CreateBrowserClient().GetAsync("/healthz");
        var teamId = await org.ScalarAsync<int>("SELECT MIN(Id) FROM Team");
        // A real person slipped into a demo database must never be offered as a demo identity.
        await org.ExecuteAsync("INSERT INTO Person (DisplayName, Role, Language, IsDemo, IsRated, CreatedAt) VALUES ('Real Person', 'member', 'en', 0, 1, @now)", new { now = DateTime.UtcNow });

        var page = await app.CreateBrowserClient().GetPageAsync("/demo/signin");

        var names = page.QuerySelectorAll("button.demo-person").Select(b => b.TextContent).ToList();
        Assert.Equal(21, names.Count);
        Assert.DoesNotContain(names, n => n.Contains("Real Person", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Demo_mode_refuses_to_start_on_a_database_with_real_people()
    {
        using var directory = new TempDirectory();
        var path = directory.File("real.db");
        using (var real = new SkillMapFactory(new Dictionary<string, string?> { ["Database:SqlitePath"] = path, ["Demo:Enabled"] = "false" }))
        {
            await real.CreateBrowserClient().GetAsync("/healthz");
            await new TestOrganisation(real.Service<SkillMap.Web.Data.Db>()).PersonAsync("Real Person", teamId: null, demo: false);
        }

        using var demo = new SkillMapFactory(new Dictionary<string, string?> { ["Database:SqlitePath"] = path, ["Demo:Enabled"] = "true" });

        Assert.ThrowsAny<Exception>(() => demo.CreateClient());
    }

    [Fact]
    public async Task Without_demo_mode_there_is_no_demo_sign_in_and_no_demo_data()
    {
        using var app = new SkillMapFactory(new Dictionary<string, string?> { ["Demo:Enabled"] = "false" });
        var client = app.CreateBrowserClient();

        var response = await client.GetAsync("/demo/signin");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await new TestOrganisation(app.Service<SkillMap.Web.Data.Db>()).ScalarAsync<long>("SELECT COUNT(*) FROM Person"));
    }
}
