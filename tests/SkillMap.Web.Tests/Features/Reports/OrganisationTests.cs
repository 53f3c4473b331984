using System.Net;
using AngleSharp.Html.Dom;
using SkillMap.Web.Tests.Infrastructure;
using static SkillMap.Web.Tests.Features.Reports.ReportsFixture;

namespace SkillMap.Web.Tests.Features.Reports;

[Collection(nameof(ReportsCollection))]
public sealed class OrganisationTests(ReportsFixture fixture)
{
    private async Task<IHtmlDocument> ViewAsync(string query = "") =>
        await (await fixture.SignedInAsync("山本 健一")).GetPageAsync($"/reports/organisation?round={fixture.RoundTwo}{query}");

    private static double? Cell(IHtmlDocument page, int teamId, string column) =>
        Value(page.QuerySelector($"#org-teams-table tr[data-team='{teamId}'] td[data-column='{column}']"));

    [Fact]
    public async Task Teams_stand_side_by_side_on_stages_and_areas()
    {
        var page = await ViewAsync();

        Assert.Equal(3.6, Cell(page, fixture.TeamA, "input"));
        Assert.Equal(3.0, Cell(page, fixture.TeamA, "outcome"));
        Assert.Equal(3.8, Cell(page, fixture.TeamA, "logic"));
        Assert.Equal(4.0, Cell(page, fixture.TeamA, "abstraction"));
        Assert.Null(Cell(page, fixture.TeamA, "concretization"));
        Assert.Equal(3.8, Cell(page, fixture.TeamA, "explicit"));
        Assert.Equal(3.9, Cell(page, fixture.TeamA, "implicit"));
        // The organisation pools the same shown cells; Team C has none.
        Assert.Equal(Cell(page, fixture.TeamA, "logic"), Cell(page, 0, "logic"));
    }

    [Fact]
    public async Task Filtering_by_whole_teams_draws_them_beside_the_organisation()
    {
        var page = await ViewAsync($"&team={fixture.TeamA}&team=987654");

        var keys = Chart(page, "org-stage-chart").GetProperty("datasets").EnumerateArray().Select(d => d.GetProperty("key").GetString()).ToList();
        Assert.Equal(["organisation", $"team-{fixture.TeamA}"], keys);
        Assert.Single(page.QuerySelectorAll("#org-teams-table tbody tr[data-team]:not([data-team='0'])"));
        foreach (var id in new[] { "org-stage-chart", "org-area-chart" })
        {
            var chart = Chart(page, id);
            var rows = page.QuerySelectorAll($"#{id}-table tbody tr").ToList();
            foreach (var key in keys)
            {
                Assert.Equal(Series(chart, key!), rows.Select(r => Value(r.QuerySelector($"td[data-series='{key}']"))).ToList());
            }
        }
    }

    [Fact]
    public async Task Thin_capability_counts_teams_with_someone_rated_strong_by_peers()
    {
        var page = await ViewAsync();

        var row = page.QuerySelector("#thin-explicit tr[data-item='logic.a']")!;
        // Cho (4, 4, 4, 4) is strong; Aoi (3, 3, 4) is not; Ben (two peers) does not count.
        Assert.Contains("1 of 1", row.TextContent);
        Assert.Contains("1 of 2", row.TextContent);
        Assert.NotNull(page.QuerySelector("#thin-implicit tr[data-item='mindset.a']"));
    }

    [Fact]
    public async Task A_page_beyond_the_last_shows_the_last_page_of_teams()
    {
        var page = await ViewAsync("&page=99");

        Assert.Equal(Cell(await ViewAsync(), fixture.TeamA, "logic"), Cell(page, fixture.TeamA, "logic"));
        Assert.Null(page.QuerySelector("#next-teams"));
    }

    private static double? UnitCell(IHtmlDocument page, int unitId, string column) =>
        Value(page.QuerySelector($"#org-units-table tr[data-unit='{unitId}'] td[data-column='{column}']"));

    private static readonly string[] Columns = ["input", "thinking", "output", "outcome", "logic", "abstraction", "concretization", "mindset", "conduct", "explicit", "implicit"];

    [Fact]
    public async Task The_top_units_roll_up_every_team_below_them_and_stand_beside_the_organisation()
    {
        var page = await ViewAsync();

        var rows = page.QuerySelectorAll("#org-units-table tbody tr").Select(r => r.GetAttribute("data-unit")).ToList();
        // Empty Division holds no team of the round: it is neither listed nor a choice.
        Assert.Equal([fixture.OpsDivision.ToString()], rows);
        Assert.Equal("2", page.QuerySelector($"#org-units-table tr[data-unit='{fixture.OpsDivision}'] td[data-teams]")!.TextContent.Trim());
        Assert.DoesNotContain(page.QuerySelectorAll("#unit option"), o => o.GetAttribute("value") == fixture.EmptyDivision.ToString());
        // Ops Division = Platform Section (Team A) + Quiet Section (Team C, nothing shown).
        Assert.Equal(3.8, UnitCell(page, fixture.OpsDivision, "logic"));
        Assert.Equal(3.0, UnitCell(page, fixture.OpsDivision, "outcome"));
        var keys = Chart(page, "org-stage-chart").GetProperty("datasets").EnumerateArray().Select(d => d.GetProperty("key").GetString()).ToList();
        Assert.Equal(["organisation", $"unit-{fixture.OpsDivision}"], keys);
        var table = page.QuerySelectorAll("#org-stage-chart-table tbody tr").Select(r => Value(r.QuerySelector($"td[data-series='unit-{fixture.OpsDivision}']"))).ToList();
        Assert.Equal(Series(Chart(page, "org-stage-chart"), $"unit-{fixture.OpsDivision}"), table);
    }

    [Fact]
    public async Task Choosing_a_unit_shows_the_units_and_teams_inside_it_and_nothing_else()
    {
        var page = await ViewAsync($"&unit={fixture.OpsDivision}");

        Assert.Equal(
            [fixture.OpsDivision, fixture.PlatformSection, fixture.QuietSection],
            page.QuerySelectorAll("#org-units-table tbody tr").Select(r => int.Parse(r.GetAttribute("data-unit")!)).ToList());
        Assert.Equal(
            [fixture.TeamA, fixture.TeamC],
            page.QuerySelectorAll("#org-teams-table tbody tr[data-team]:not([data-team='0'])").Select(r => int.Parse(r.GetAttribute("data-team")!)).ToList());
        Assert.Equal([fixture.TeamA.ToString(), fixture.TeamC.ToString()], page.QuerySelectorAll("#team option").Select(o => o.GetAttribute("value")).ToList());
        Assert.Contains("Ops Division/Platform Section", page.QuerySelector($"#org-teams-table tr[data-team='{fixture.TeamA}'] th")!.TextContent);
        Assert.NotNull(page.QuerySelector("#unit-trail"));
        var keys = Chart(page, "org-area-chart").GetProperty("datasets").EnumerateArray().Select(d => d.GetProperty("key").GetString()).ToList();
        Assert.Equal(["organisation", $"unit-{fixture.OpsDivision}", $"unit-{fixture.PlatformSection}", $"unit-{fixture.QuietSection}"], keys);

        var section = await ViewAsync($"&unit={fixture.PlatformSection}");
        Assert.Equal([fixture.TeamA], section.QuerySelectorAll("#org-teams-table tbody tr[data-team]:not([data-team='0'])").Select(r => int.Parse(r.GetAttribute("data-team")!)).ToList());
        foreach (var column in Columns)
        {
            Assert.Equal(Cell(section, fixture.TeamA, column), Value(section.QuerySelector($"#org-teams-table tr[data-unit='{fixture.PlatformSection}'] td[data-column='{column}']")));
        }
    }

    [Fact]
    public async Task A_unit_without_a_team_in_the_round_falls_back_to_the_whole_organisation_and_says_so()
    {
        var page = await ViewAsync($"&unit={fixture.EmptyDivision}");

        Assert.NotNull(page.QuerySelector("#unit-not-in-round"));
        Assert.NotNull(page.QuerySelector($"#org-teams-table tr[data-team='{fixture.TeamA}']"));
        Assert.Null(page.QuerySelector("#unit-trail"));
    }

    [Theory]
    [InlineData("Mia Manager")]
    [InlineData("Aoi Test")]
    public async Task Only_admins_open_the_organisation_view(string person)
    {
        var response = await (await fixture.SignedInAsync(person)).GetAsync("/reports/organisation");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task An_open_round_is_not_a_choice()
    {
        var client = await fixture.SignedInAsync("山本 健一");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/reports/organisation?round={fixture.OpenRound}")).StatusCode);
        var page = await client.GetPageAsync("/reports/organisation");
        Assert.DoesNotContain(page.QuerySelectorAll("#round option"), o => o.GetAttribute("value") == fixture.OpenRound.ToString());
    }
}
