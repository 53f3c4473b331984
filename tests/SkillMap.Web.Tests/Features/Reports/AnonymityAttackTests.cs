using AngleSharp.Html.Dom;
using SkillMap.Web.Tests.Infrastructure;
using static SkillMap.Web.Tests.Features.Reports.ReportsFixture;

namespace SkillMap.Web.Tests.Features.Reports;

/// <summary>The known ways to get at a hidden peer cell, tried against every output path.</summary>
[Collection(nameof(ReportsCollection))]
public sealed class AnonymityAttackTests(ReportsFixture fixture)
{
    [Fact]
    public async Task A_team_where_everyone_has_two_peers_shows_no_peer_number_anywhere()
    {
        var client = await fixture.SignedInAsync("Mia Manager");
        var dashboard = await client.GetPageAsync($"/teams/{fixture.TeamC}");
        var kai = (await client.GetPageAsync($"/teams/{fixture.TeamC}")).QuerySelector("#heatmap-table a")!.GetAttribute("href")!;
        var report = await client.GetPageAsync(kai);
        var organisation = await (await fixture.SignedInAsync("山本 健一")).GetPageAsync($"/reports/organisation?round={fixture.RoundTwo}");

        Assert.All(Series(Chart(dashboard, "stage-chart"), "peer"), v => Assert.Null(v));
        Assert.All(Series(Chart(dashboard, "balance-chart"), "peer"), v => Assert.Null(v));
        Assert.All(dashboard.QuerySelectorAll("#heatmap-table td"), td => Assert.Null(Value(td)));
        Assert.Empty(Chart(dashboard, "quadrant-chart").GetProperty("datasets")[0].GetProperty("points").EnumerateArray());
        Assert.All(dashboard.QuerySelectorAll("#distribution-chart-table td[data-series]"), td => Assert.Null(Value(td)));
        Assert.All(Series(Chart(report, "person-stage-chart"), "peer"), v => Assert.Null(v));
        Assert.All(organisation.QuerySelectorAll($"#org-teams-table tr[data-team='{fixture.TeamC}'] td"), td => Assert.Null(Value(td)));
        // Every peer in team C gave only 5s; self answers were 2s. No 5 may surface in any form.
        foreach (var page in new[] { dashboard, report })
        {
            Assert.DoesNotContain("5.0", page.Source.Text);
        }
    }

    [Fact]
    public async Task Subtracting_the_visible_heatmap_cells_from_the_team_total_leaves_nothing_hidden()
    {
        var dashboard = await (await fixture.SignedInAsync("Mia Manager")).GetPageAsync($"/teams/{fixture.TeamA}");
        var organisation = await (await fixture.SignedInAsync("山本 健一")).GetPageAsync($"/reports/organisation?round={fixture.RoundTwo}");

        double? Heat(string person) =>
            Value(dashboard.QuerySelectorAll("#heatmap-table tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == person).QuerySelector("td[data-area='logic']"));
        var team = Value(organisation.QuerySelector($"#org-teams-table tr[data-team='{fixture.TeamA}'] td[data-column='logic']"));

        // Visible: Aoi 3.5 over 6 scores, Cho 4.0 over 8. The team total is exactly their pooling, so
        // taking them away leaves zero scores: Ben's hidden 1s are in no total (with them it would be 3.2).
        Assert.Equal(3.5, Heat("Aoi Test"));
        Assert.Equal(4.0, Heat("Cho Test"));
        Assert.Null(Heat("Ben Test"));
        Assert.Equal(Math.Round((3.5 * 6 + 4.0 * 8) / 14, 1), team);
    }

    [Fact]
    public async Task Subtracting_the_visible_teams_from_a_unit_total_leaves_nothing_hidden()
    {
        var client = await fixture.SignedInAsync("山本 健一");
        var division = await client.GetPageAsync($"/reports/organisation?round={fixture.RoundTwo}&unit={fixture.OpsDivision}");

        // Ops Division holds Team A (Ben's 1s hidden) and Team C (every peer gave 5s, all hidden). Its
        // total is exactly Team A's visible cells: taking Team A away leaves no score, so neither
        // Ben's nor Team C's answers can be recovered (with Team C's 5s the division's logic would be 4.3).
        foreach (var column in new[] { "input", "thinking", "output", "outcome", "logic", "abstraction", "concretization", "mindset", "conduct", "explicit", "implicit" })
        {
            var team = Value(division.QuerySelector($"#org-teams-table tr[data-team='{fixture.TeamA}'] td[data-column='{column}']"));
            Assert.Equal(team, Value(division.QuerySelector($"#org-units-table tr[data-unit='{fixture.OpsDivision}'] td[data-column='{column}']")));
            Assert.Equal(team, Value(division.QuerySelector($"#org-units-table tr[data-unit='{fixture.PlatformSection}'] td[data-column='{column}']")));
        }
        Assert.Equal(Math.Round((3.5 * 6 + 4.0 * 8) / 14, 1), Value(division.QuerySelector($"#org-units-table tr[data-unit='{fixture.OpsDivision}'] td[data-column='logic']")));
    }

    [Fact]
    public async Task A_unit_whose_only_team_is_below_the_threshold_shows_nothing_for_peers()
    {
        var client = await fixture.SignedInAsync("山本 健一");
        var division = await client.GetPageAsync($"/reports/organisation?round={fixture.RoundTwo}&unit={fixture.OpsDivision}");
        var quiet = await client.GetPageAsync($"/reports/organisation?round={fixture.RoundTwo}&unit={fixture.QuietSection}");

        Assert.All(division.QuerySelectorAll($"#org-units-table tr[data-unit='{fixture.QuietSection}'] td[data-column]"), td => Assert.Null(Value(td)));
        Assert.All(quiet.QuerySelectorAll($"tr[data-unit='{fixture.QuietSection}'] td[data-column]"), td => Assert.Null(Value(td)));
        Assert.All(quiet.QuerySelectorAll($"#org-teams-table tr[data-team='{fixture.TeamC}'] td"), td => Assert.Null(Value(td)));
        foreach (var chart in new[] { "org-stage-chart", "org-area-chart" })
        {
            Assert.All(Series(Chart(quiet, chart), $"unit-{fixture.QuietSection}"), v => Assert.Null(v));
            Assert.All(Series(Chart(division, chart), $"unit-{fixture.QuietSection}"), v => Assert.Null(v));
        }
        // Team C's peers gave only 5s: no 5 surfaces in the unit's rows or chart data.
        foreach (var page in new[] { division, quiet })
        {
            Assert.DoesNotContain("5.0", string.Join("|", page.QuerySelectorAll($"tr[data-unit='{fixture.QuietSection}']").Select(r => r.OuterHtml)));
        }
    }

    [Fact]
    public async Task Moving_a_person_to_another_team_changes_no_earlier_view()
    {
        var client = await fixture.SignedInAsync("山本 健一");
        async Task<string> ViewsAsync() =>
            string.Join("|",
                (await client.GetPageAsync($"/teams/{fixture.TeamA}?round={fixture.RoundTwo}")).QuerySelector("#stage-chart-data")!.TextContent,
                (await client.GetPageAsync($"/teams/{fixture.TeamB}")).Source.Text.Contains("Round Two", StringComparison.Ordinal),
                (await client.GetPageAsync($"/reports/organisation?round={fixture.RoundTwo}")).QuerySelector("#org-teams-table")!.TextContent);
        var before = await ViewsAsync();

        await fixture.Org.ExecuteAsync("UPDATE TeamMembership SET ToDate = @now WHERE PersonId = @p AND ToDate IS NULL", new { now = DateTime.UtcNow, p = fixture.Ben });
        await fixture.Org.ExecuteAsync("INSERT INTO TeamMembership (TeamId, PersonId, FromDate) VALUES (@t, @p, @now)", new { t = fixture.TeamB, p = fixture.Ben, now = DateTime.UtcNow });
        try
        {
            Assert.Equal(before, await ViewsAsync());
        }
        finally
        {
            await fixture.Org.ExecuteAsync("DELETE FROM TeamMembership WHERE PersonId = @p AND TeamId = @t", new { t = fixture.TeamB, p = fixture.Ben });
            await fixture.Org.ExecuteAsync("UPDATE TeamMembership SET ToDate = NULL WHERE PersonId = @p", new { p = fixture.Ben });
        }
    }

    [Fact]
    public async Task Refreshing_while_a_round_is_open_shows_nothing_of_it()
    {
        var manager = await fixture.SignedInAsync("Mia Manager");
        async Task<string> DataAsync()
        {
            var team = await manager.GetPageAsync($"/teams/{fixture.TeamA}");
            var report = await manager.GetPageAsync($"/reports/people/{fixture.Aoi}");
            return string.Join("|", team.QuerySelectorAll("script[type='application/json']").Select(s => s.TextContent))
                + string.Join("|", report.QuerySelectorAll("script[type='application/json']").Select(s => s.TextContent));
        }
        var before = await DataAsync();

        // More answers arrive in the open round, one at a time, as a watcher refreshes.
        foreach (var rater in new[] { fixture.Cho, fixture.Mia })
        {
            await fixture.Org.SheetAsync(fixture.OpenRound, rater == fixture.Mia ? "manager" : "peer", rater, fixture.Aoi, fixture.TeamA,
                new Dictionary<int, int?> { [fixture.Items["logic.a"]] = 1, [fixture.Items["conduct.a"]] = 1 });
            Assert.Equal(before, await DataAsync());
        }
        var picker = (await manager.GetPageAsync($"/teams/{fixture.TeamA}")).QuerySelectorAll("#round option").Select(o => o.GetAttribute("value")).ToList();
        Assert.DoesNotContain(fixture.OpenRound.ToString(), picker);
    }

    [Fact]
    public async Task Nothing_the_page_hides_is_in_its_source_or_chart_data()
    {
        var client = await fixture.SignedInAsync("Mia Manager");
        var aoi = await client.GetPageAsync($"/reports/people/{fixture.Aoi}?round={fixture.RoundTwo}");
        var ben = await client.GetPageAsync($"/reports/people/{fixture.Ben}?round={fixture.RoundTwo}");
        var team = await client.GetPageAsync($"/teams/{fixture.TeamA}");

        // Aoi's abstraction.a was scored 1 and 1 by two peers (one more did not observe).
        Assert.Null(Series(Chart(aoi, "person-area-chart"), "peer")[1]);
        Assert.DoesNotContain("1.0", aoi.QuerySelector("#items-table tr[data-item='abstraction.a']")!.OuterHtml);
        var abstraction = team.QuerySelectorAll("#distribution-chart-table tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Contains("Statement abstraction.a"));
        Assert.Equal([0.0, 0.0, 0.0, 4.0, 0.0, 0.0], abstraction.QuerySelectorAll("td[data-series]").Select(td => Value(td)!.Value));
        // Ben's two peers gave only 1s and left a comment.
        Assert.All(Series(Chart(ben, "person-area-chart"), "peer"), v => Assert.Null(v));
        foreach (var page in new IHtmlDocument[] { aoi, ben, team })
        {
            Assert.DoesNotContain("Ben secret comment", page.Source.Text);
            Assert.DoesNotContain("A remark a manager hid", page.Source.Text);
        }
    }
}
