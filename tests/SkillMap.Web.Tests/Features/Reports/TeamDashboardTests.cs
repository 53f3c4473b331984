using System.Net;
using AngleSharp.Html.Dom;
using SkillMap.Web.Tests.Infrastructure;
using static SkillMap.Web.Tests.Features.Reports.ReportsFixture;

namespace SkillMap.Web.Tests.Features.Reports;

[Collection(nameof(ReportsCollection))]
public sealed class TeamDashboardTests(ReportsFixture fixture)
{
    private async Task<IHtmlDocument> TeamAAsync(string viewer = "Mia Manager", string query = "") =>
        await (await fixture.SignedInAsync(viewer)).GetPageAsync($"/teams/{fixture.TeamA}{query}");

    [Fact]
    public async Task The_stage_profile_sets_this_round_against_the_previous_one()
    {
        var page = await TeamAAsync();

        var chart = Chart(page, "stage-chart");
        // Aoi's and Cho's shown cells only: input (19 + 32) / 14, thinking 27 / 7, output 45 / 11.
        Assert.Equal([3.6, 3.9, 4.1, null], Series(chart, "peer"));
        Assert.Equal([null, null, null, 3.0], Series(chart, "team"));
        // Round One: only Aoi was rated (2, 3, 3, 3, 3 from three peers).
        Assert.Equal([2.5, 3.0, 3.0, null], Series(chart, "peer-previous"));
        Assert.Contains("Round One", page.QuerySelector("#stage-table th[data-series='peer-previous']")!.TextContent);
    }

    [Fact]
    public async Task The_explicit_and_implicit_balance_pools_only_shown_cells()
    {
        var page = await TeamAAsync();

        var balance = Chart(page, "balance-chart");
        Assert.Equal([3.8, 3.9], Series(balance, "peer"));
        Assert.Equal([2.7, 3.0], Series(balance, "peer-previous"));
    }

    [Fact]
    public async Task The_distribution_counts_every_level_and_not_observed_but_never_a_hidden_cell()
    {
        var page = await TeamAAsync();

        var row = page.QuerySelectorAll("#distribution-chart-table tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Contains("Statement logic.a"));
        double? Level(string key) => Value(row.QuerySelector($"td[data-series='{key}']"));
        Assert.Equal((0.0, 0.0, 2.0, 5.0, 0.0, 0.0), (Level("1")!.Value, Level("2")!.Value, Level("3")!.Value, Level("4")!.Value, Level("5")!.Value, Level("na")!.Value));
        // Only Ben (two peers) ever gave 1s: no item may count one.
        Assert.All(Series(Chart(page, "distribution-chart"), "1"), v => Assert.True(v is null or 0));
        var outcomeB = page.QuerySelectorAll("#distribution-chart-table tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Contains("Statement outcome.b"));
        Assert.All(outcomeB.QuerySelectorAll("td[data-series]"), td => Assert.Null(Value(td)));
    }

    [Fact]
    public async Task The_outcome_stage_shows_team_answers_from_three_respondents_beside_operations_figures()
    {
        var page = await TeamAAsync();

        var rows = page.QuerySelectorAll("#outcome-table tbody tr").ToList();
        Assert.Equal(3.0, Value(rows.Single(r => r.TextContent.Contains("Statement outcome.a")).QuerySelector("td")));
        Assert.Contains("Hidden", rows.Single(r => r.TextContent.Contains("Statement outcome.b")).TextContent);
        Assert.NotNull(page.QuerySelector("#operations-table"));
    }

    [Fact]
    public async Task The_manager_sees_a_heatmap_of_peer_averages_only_where_the_threshold_is_met()
    {
        var page = await TeamAAsync();

        double? Cell(string person, string area) =>
            Value(page.QuerySelectorAll("#heatmap-table tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == person).QuerySelector($"td[data-area='{area}']"));
        Assert.Equal(3.5, Cell("Aoi Test", "logic"));
        Assert.Null(Cell("Aoi Test", "abstraction"));
        Assert.Equal(4.3, Cell("Aoi Test", "conduct"));
        Assert.Equal(4.0, Cell("Cho Test", "abstraction"));
        foreach (var area in new[] { "logic", "abstraction", "concretization", "mindset", "conduct" })
        {
            Assert.Null(Cell("Ben Test", area));
        }
        Assert.Contains("heat-none", page.QuerySelectorAll("#heatmap-table tbody tr").Single(r => r.TextContent.Contains("Ben Test")).QuerySelector("td")!.ClassName);
    }

    [Fact]
    public async Task The_quadrant_places_each_person_by_self_and_peers_over_the_same_items()
    {
        var page = await TeamAAsync();

        var points = Chart(page, "quadrant-chart").GetProperty("datasets")[0].GetProperty("points").EnumerateArray()
            .ToDictionary(p => p.GetProperty("label").GetString()!, p => (p.GetProperty("x").GetDouble(), p.GetProperty("y").GetDouble()));
        // Aoi: self 5, 2, 3, 4 against peers 43 / 12 on the four items with a shown cell.
        Assert.Equal((3.5, 3.6), points["Aoi Test"]);
        Assert.Equal((3.0, 4.0), points["Cho Test"]);
        Assert.Equal(2, points.Count);
        var ben = page.QuerySelectorAll("#quadrant-chart-table tbody tr").Single(r => r.TextContent.Contains("Ben Test"));
        Assert.Contains("Fewer than 3 peers", ben.TextContent);
    }

    [Theory]
    [InlineData("Ben Test")]
    [InlineData("Aoi Test")]
    public async Task Members_see_the_team_aggregates_but_nobody_individual(string member)
    {
        var page = await TeamAAsync(member);

        Assert.NotNull(page.QuerySelector("#distribution-chart-table"));
        Assert.Null(page.QuerySelector("#heatmap-table"));
        Assert.Null(page.QuerySelector("#quadrant-chart-data"));
        Assert.Null(page.QuerySelector("#enter-operations"));
        Assert.DoesNotContain("Cho Test", page.Source.Text);
    }

    [Fact]
    public async Task An_earlier_round_can_be_chosen_and_an_open_or_foreign_round_is_not_found()
    {
        var client = await fixture.SignedInAsync("Mia Manager");

        var earlier = await client.GetPageAsync($"/teams/{fixture.TeamA}?round={fixture.RoundOne}");
        Assert.Equal([2.5, 3.0, 3.0, null], Series(Chart(earlier, "stage-chart"), "peer"));
        Assert.Null(earlier.QuerySelector("#stage-table th[data-series='peer-previous']"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/teams/{fixture.TeamA}?round={fixture.OpenRound}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/teams/{fixture.TeamB}?round={fixture.RoundTwo}")).StatusCode);
    }

    [Fact]
    public async Task The_team_trend_draws_every_closed_round_for_members_too()
    {
        var page = await (await fixture.SignedInAsync("Ben Test")).GetPageAsync($"/teams/{fixture.TeamA}/trend");

        var trend = Chart(page, "trend-chart");
        Assert.Equal(["Round One", "Round Two"], trend.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal([2.5, 3.6], Series(trend, "input"));
        Assert.Equal([null, 3.0], Series(trend, "outcome"));
        foreach (var id in new[] { "trend-chart", "trend-balance-chart" })
        {
            var rows = page.QuerySelectorAll($"#{id}-table tbody tr").ToList();
            foreach (var dataset in Chart(page, id).GetProperty("datasets").EnumerateArray())
            {
                var key = dataset.GetProperty("key").GetString()!;
                Assert.Equal(Series(Chart(page, id), key), rows.Select(r => Value(r.QuerySelector($"td[data-series='{key}']"))).ToList());
            }
        }
        Assert.Equal(HttpStatusCode.NotFound, (await (await fixture.SignedInAsync("Outsider Test")).GetAsync($"/teams/{fixture.TeamA}/trend")).StatusCode);
    }

    [Fact]
    public async Task A_team_above_seven_people_is_warned()
    {
        var big = await (await fixture.SignedInAsync("山本 健一")).GetPageAsync($"/teams/{fixture.TeamD}");
        var small = await TeamAAsync();

        Assert.NotNull(big.QuerySelector("#team-size-warning"));
        Assert.Null(small.QuerySelector("#team-size-warning"));
    }

    [Fact]
    public async Task Japanese_sentences_follow_each_other_without_the_English_space_after_each_full_stop()
    {
        var ja = await (await fixture.SignedInAsync("Mia Manager", "ja")).GetPageAsync($"/teams/{fixture.TeamA}");
        var en = await TeamAAsync();

        foreach (var text in new[] { ja.QuerySelector("#stage-chart-summary")!.TextContent, ja.QuerySelector(".stage-profile > p")!.TextContent })
        {
            Assert.Contains("。", text);
            Assert.DoesNotContain("。 ", text);
        }
        Assert.Contains(". ", en.QuerySelector("#stage-chart-summary")!.TextContent.Trim());
    }

    [Fact]
    public async Task Every_dashboard_chart_has_its_numbers_in_a_table_a_summary_and_no_inline_script()
    {
        var page = await TeamAAsync();

        foreach (var id in new[] { "stage-chart", "balance-chart", "distribution-chart", "quadrant-chart" })
        {
            Assert.NotNull(page.QuerySelector($"#{id}[role=img][aria-describedby='{id}-summary']"));
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector($"#{id}-summary")!.TextContent));
            Assert.NotNull(page.QuerySelector(id == "stage-chart" ? "#stage-table" : $"#{id}-table"));
        }
        foreach (var id in new[] { "stage-chart", "balance-chart" })
        {
            var chart = Chart(page, id);
            var table = id == "stage-chart" ? "stage-table" : $"{id}-table";
            var rows = page.QuerySelectorAll($"#{table} tbody tr").ToList();
            foreach (var dataset in chart.GetProperty("datasets").EnumerateArray())
            {
                var key = dataset.GetProperty("key").GetString()!;
                Assert.Equal(Series(chart, key), rows.Select(r => Value(r.QuerySelector($"td[data-series='{key}']"))).ToList());
            }
        }
        var points = Chart(page, "quadrant-chart").GetProperty("datasets")[0].GetProperty("points").EnumerateArray().ToList();
        foreach (var point in points)
        {
            var row = page.QuerySelectorAll("#quadrant-chart-table tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == point.GetProperty("label").GetString());
            Assert.Equal(point.GetProperty("x").GetDouble(), Value(row.QuerySelector("td[data-series=self]")));
            Assert.Equal(point.GetProperty("y").GetDouble(), Value(row.QuerySelector("td[data-series=peer]")));
        }
        Assert.Empty(page.QuerySelectorAll("script:not([src]):not([type='application/json'])"));
        Assert.Empty(page.QuerySelectorAll("[style]"));
    }
}
