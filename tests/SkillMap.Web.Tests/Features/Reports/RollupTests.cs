using System.Data.Common;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using SkillMap.Core.Scoring;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Rounds;
using SkillMap.Web.Tests.Infrastructure;
using static SkillMap.Web.Tests.Features.Reports.ReportsFixture;

namespace SkillMap.Web.Tests.Features.Reports;

/// <summary>Rollups on the demo organisation: built when its rounds closed, rebuilt when missing or re-thresholded.</summary>
public sealed class RollupTests : IDisposable
{
    private readonly SkillMapFactory app = new();

    private TestOrganisation Org => new(app.Service<Db>());

    private sealed record CellCheck
    {
        public long TeamId { get; init; }
        public string Stage { get; init; } = "";
        public long Raters { get; init; }
        public long Scored { get; init; }
        public long Total { get; init; }
    }

    [Fact]
    public async Task The_demo_rounds_got_their_rollups_when_they_closed()
    {
        var rounds = await Org.QueryAsync<long>("SELECT Id FROM Round WHERE Status = 'closed' ORDER BY Id");
        var built = await Org.QueryAsync<long>("SELECT RoundId FROM RollupBuild ORDER BY RoundId");

        Assert.Equal(2, rounds.Count);
        Assert.Equal(rounds, built);
        Assert.Equal(0, await Org.ScalarAsync<int>("SELECT COUNT(*) FROM PeerCellRollup WHERE RoundId IN (SELECT Id FROM Round WHERE Status = 'open')"));
    }

    [Fact]
    public async Task Team_totals_hold_exactly_the_cells_the_gate_lets_through()
    {
        var round = await Org.ScalarAsync<int>("SELECT MAX(Id) FROM Round WHERE Status = 'closed'");
        var cells = await Org.QueryAsync<CellCheck>("""
            SELECT c.TeamId, i.Stage, c.Raters, c.N1 + c.N2 + c.N3 + c.N4 + c.N5 AS Scored, c.N1 + 2 * c.N2 + 3 * c.N3 + 4 * c.N4 + 5 * c.N5 AS Total
            FROM PeerCellRollup c JOIN SkillItem i ON i.Id = c.SkillItemId WHERE c.RoundId = @round
            """, new { round });
        var summaries = await Org.QueryAsync<CellCheck>("""
            SELECT TeamId, Value AS Stage, Cells AS Raters, N1 + N2 + N3 + N4 + N5 AS Scored, N1 + 2 * N2 + 3 * N3 + 4 * N4 + 5 * N5 AS Total
            FROM TeamSummaryRollup WHERE RoundId = @round AND Perspective = 'peer' AND Dimension = 'stage'
            """, new { round });

        Assert.Contains(cells, c => !Anonymity.CanShow((int)c.Raters, 3));
        var expected = cells.Where(c => Anonymity.CanShow((int)c.Raters, 3))
            .GroupBy(c => (c.TeamId, c.Stage))
            .Select(g => (g.Key.TeamId, g.Key.Stage, Cells: (long)g.Count(), Scored: g.Sum(c => c.Scored), Total: g.Sum(c => c.Total)))
            .OrderBy(x => x.TeamId).ThenBy(x => x.Stage);
        Assert.Equal(expected, summaries.Select(s => (s.TeamId, s.Stage, Cells: s.Raters, s.Scored, s.Total)).OrderBy(x => x.TeamId).ThenBy(x => x.Stage));
    }

    [Fact]
    public async Task A_round_closed_before_rollups_existed_gets_them_on_first_use_with_the_same_numbers()
    {
        var client = app.CreateBrowserClient();
        await client.SignInAsAsync("山本 健一");
        var team = await Org.ScalarAsync<int>("SELECT MIN(Id) FROM Team");
        var before = (await client.GetPageAsync($"/teams/{team}")).QuerySelector("#stage-chart-data")!.TextContent;
        foreach (var table in new[] { "ItemSummaryRollup", "TeamSummaryRollup", "TeamCellRollup", "PeerCellRollup", "RollupBuild" })
        {
            await Org.ExecuteAsync($"DELETE FROM {table}");
        }

        var after = (await client.GetPageAsync($"/teams/{team}")).QuerySelector("#stage-chart-data")!.TextContent;

        Assert.Equal(before, after);
        Assert.Equal(2, await Org.ScalarAsync<int>("SELECT COUNT(*) FROM RollupBuild"));
    }

    [Fact]
    public async Task Raising_a_round_threshold_rebuilds_its_rollups_and_hides_more()
    {
        var client = app.CreateBrowserClient();
        await client.SignInAsAsync("山本 健一");
        var round = await Org.ScalarAsync<int>("SELECT MAX(Id) FROM Round WHERE Status = 'closed'");
        // The service-operations team has three peers per person: at a threshold of 4 nothing of theirs shows.
        var team = await Org.ScalarAsync<int>("SELECT MAX(Id) FROM Team");

        await Org.ExecuteAsync("UPDATE Round SET PeerThreshold = 4 WHERE Id = @round", new { round });
        var page = await client.GetPageAsync($"/teams/{team}?round={round}");

        Assert.Equal(4, await Org.ScalarAsync<int>("SELECT Threshold FROM RollupBuild WHERE RoundId = @round", new { round }));
        Assert.All(Series(Chart(page, "stage-chart"), "peer"), v => Assert.Null(v));
        Assert.All(page.QuerySelectorAll("#heatmap-table td"), td => Assert.Null(Value(td)));
    }

    [Fact]
    public async Task Purging_a_round_deletes_its_rollups_and_takes_it_out_of_every_report()
    {
        var client = app.CreateBrowserClient();
        await client.SignInAsAsync("山本 健一");
        var round = await Org.ScalarAsync<int>("SELECT MIN(Id) FROM Round WHERE Status = 'closed'");
        var team = await Org.ScalarAsync<int>("SELECT MIN(Id) FROM Team");

        Assert.True(await app.InScopeAsync(s => s.GetRequiredService<RoundPurger>().PurgeAsync(round, null, "by hand")));

        foreach (var table in new[] { "PeerCellRollup", "TeamCellRollup", "TeamSummaryRollup", "ItemSummaryRollup", "RollupBuild" })
        {
            Assert.Equal(0, await Org.ScalarAsync<int>($"SELECT COUNT(*) FROM {table} WHERE RoundId = @round", new { round }));
        }
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync($"/teams/{team}?round={round}")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync($"/reports/organisation?round={round}")).StatusCode);
        Assert.Equal(0, await Org.ScalarAsync<int>("SELECT COUNT(*) FROM RollupBuild WHERE RoundId = @round", new { round }));
    }

    [Fact]
    public async Task A_failing_closing_step_leaves_the_round_open_and_without_rollups()
    {
        await using var factory = new SkillMapFactory(new Dictionary<string, string?> { ["Demo:Enabled"] = "false" })
        {
            TestServices = s => s.AddScoped<IRoundClosingStep, FailingStep>(),
        };
        var org = new TestOrganisation(factory.Service<Db>());
        var model = await org.ModelAsync();
        var items = await org.ItemIdsAsync(model);
        var team = await org.TeamAsync("Team");
        var people = new[] { await org.PersonAsync("A", team, demo: false), await org.PersonAsync("B", team, demo: false), await org.PersonAsync("C", team, demo: false), await org.PersonAsync("D", team, demo: false) };
        var round = await org.RoundAsync(model, "open", team);
        foreach (var rater in people.Skip(1))
        {
            await org.SheetAsync(round, "peer", rater, people[0], team, new Dictionary<int, int?> { [items["logic.a"]] = 4 });
        }

        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.InScopeAsync(s => s.GetRequiredService<RoundCloser>().CloseAsync(round)));

        Assert.Equal("open", await org.ScalarAsync<string>("SELECT Status FROM Round WHERE Id = @round", new { round }));
        Assert.Equal(0, await org.ScalarAsync<int>("SELECT COUNT(*) FROM RollupBuild"));
        Assert.Equal(0, await org.ScalarAsync<int>("SELECT COUNT(*) FROM PeerCellRollup"));
        Assert.Equal(3, await org.ScalarAsync<int>("SELECT COUNT(*) FROM DraftAnswer"));
    }

    private sealed class FailingStep : IRoundClosingStep
    {
        public int Order => 1000;

        public Task RunAsync(DbConnection connection, DbTransaction transaction, int roundId, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("a later step failed");
    }

    public void Dispose() => app.Dispose();
}
