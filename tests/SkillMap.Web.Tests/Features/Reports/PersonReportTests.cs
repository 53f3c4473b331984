using System.Net;
using AngleSharp.Html.Dom;
using SkillMap.Web.Tests.Infrastructure;
using static SkillMap.Web.Tests.Features.Reports.ReportsFixture;

namespace SkillMap.Web.Tests.Features.Reports;

[Collection(nameof(ReportsCollection))]
public sealed class PersonReportTests(ReportsFixture fixture)
{
    private async Task<IHtmlDocument> AoiReportAsync(string viewer = "Mia Manager", string language = "en") =>
        await (await fixture.SignedInAsync(viewer, language)).GetPageAsync($"/reports/people/{fixture.Aoi}?round={fixture.RoundTwo}");

    private static AngleSharp.Dom.IElement Row(IHtmlDocument page, string item) =>
        page.QuerySelector($"#items-table tr[data-item='{item}']") ?? throw new InvalidOperationException(item);

    [Fact]
    public async Task Each_item_shows_self_the_peer_average_with_its_peers_and_each_manager_under_their_name()
    {
        var page = await AoiReportAsync();

        var logic = Row(page, "logic.a");
        Assert.Equal(5, Value(logic.QuerySelector("td[data-series=self]")));
        Assert.Equal(3.3, Value(logic.QuerySelector("td[data-series=peer]")));
        Assert.Equal("3", logic.QuerySelector("td[data-series=peer-count]")!.TextContent.Trim());
        var managers = page.QuerySelectorAll("#items-table thead th[data-manager]").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(["Manager: Max Manager", "Manager: Mia Manager"], managers.Order());
        var cells = logic.QuerySelectorAll("td[data-series^=manager-]").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(2, cells.Count);
        Assert.Contains("3", cells);
        Assert.Contains("4", cells);
    }

    [Fact]
    public async Task A_peer_cell_seen_by_two_peers_is_absent_from_the_table_the_charts_and_the_gaps()
    {
        var page = await AoiReportAsync();

        var abstraction = Row(page, "abstraction.a");
        Assert.Null(Value(abstraction.QuerySelector("td[data-series=peer]")));
        Assert.Equal("—", abstraction.QuerySelector("td[data-series=peer-count]")!.TextContent.Trim());
        // Output: only conduct.a (4, 5, 4); with the hidden 1s it would read 3.0.
        Assert.Equal([3.2, 3.7, 4.3], Series(Chart(page, "person-stage-chart"), "peer"));
        Assert.Null(page.QuerySelector("#blind-spots li[data-item='abstraction.a']"));
        Assert.Null(Series(Chart(page, "person-area-chart"), "peer")[1]);
    }

    [Fact]
    public async Task Blind_spots_and_hidden_strengths_name_the_item_and_what_to_talk_about()
    {
        var page = await AoiReportAsync();

        var blind = Assert.Single(page.QuerySelectorAll("#blind-spots li"));
        Assert.Equal("logic.a", blind.GetAttribute("data-item"));
        Assert.Contains("Statement logic.a", blind.TextContent);
        Assert.Contains("You: 5 · peers: 3.3 (from 3 peers)", blind.TextContent);
        Assert.Contains("What to talk about", blind.TextContent);
        Assert.Contains("Develop logic.a", blind.TextContent);
        var hidden = Assert.Single(page.QuerySelectorAll("#hidden-strengths li"));
        Assert.Equal("logic.b", hidden.GetAttribute("data-item"));
        Assert.Contains("Statement logic.b", hidden.TextContent);
    }

    [Fact]
    public async Task Where_too_few_peers_scored_a_gap_is_read_against_the_managers_as_the_plan_reads_it()
    {
        // Dan has no peers; Mia gave his logic.a a 1 against his own 3.
        var page = await (await fixture.SignedInAsync("Mia Manager")).GetPageAsync($"/reports/people/{fixture.Dan}?round={fixture.RoundTwo}");

        var blind = Assert.Single(page.QuerySelectorAll("#blind-spots li"));
        Assert.Equal("logic.a", blind.GetAttribute("data-item"));
        Assert.Equal("managers", blind.QuerySelector(".gap-numbers")!.GetAttribute("data-others"));
        Assert.Contains("You: 3 · managers: 1.0", blind.TextContent);
        Assert.Empty(page.QuerySelectorAll("#hidden-strengths li"));
        // The plan proposed at close names the same item for the same reason, from the same rule.
        Assert.Equal(["blind-spot|manager-and-self"], await fixture.Org.QueryAsync<string>("""
            SELECT a.Reason || '|' || a.Basis
            FROM PlanAction a
            JOIN TrainingPlan p ON p.Id = a.PlanId
            JOIN SkillItem i ON i.Id = a.SkillItemId
            WHERE p.PersonId = @Dan AND p.RoundId = @RoundTwo AND i.ItemKey = 'logic.a'
            """, new { fixture.Dan, fixture.RoundTwo }));
    }

    [Fact]
    public async Task Managers_are_separate_series_on_both_charts_and_never_averaged()
    {
        var page = await AoiReportAsync();

        foreach (var chart in new[] { "person-stage-chart", "person-area-chart" })
        {
            var keys = Chart(page, chart).GetProperty("datasets").EnumerateArray().Select(d => d.GetProperty("key").GetString()!).ToList();
            Assert.Equal(4, keys.Count);
            Assert.Equal(2, keys.Count(k => k.StartsWith("manager-", StringComparison.Ordinal)));
        }
        var labels = Chart(page, "person-stage-chart").GetProperty("datasets").EnumerateArray().Select(d => d.GetProperty("label").GetString()).ToList();
        Assert.Contains("Manager: Mia Manager", labels);
        Assert.Contains("Manager: Max Manager", labels);
    }

    [Fact]
    public async Task Every_chart_table_holds_the_numbers_of_its_chart()
    {
        var page = await AoiReportAsync();

        foreach (var id in new[] { "person-stage-chart", "person-area-chart", "person-trend-chart" })
        {
            var chart = Chart(page, id);
            var rows = page.QuerySelectorAll($"#{id}-table tbody tr").ToList();
            foreach (var dataset in chart.GetProperty("datasets").EnumerateArray())
            {
                var key = dataset.GetProperty("key").GetString()!;
                var values = Series(chart, key);
                Assert.Equal(values, rows.Select(r => Value(r.QuerySelector($"td[data-series='{key}']"))).ToList());
            }
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector($"#{id}-summary")?.TextContent));
            Assert.Equal($"{id}-summary", page.QuerySelector($"#{id}")!.GetAttribute("aria-describedby"));
        }
    }

    [Fact]
    public async Task The_trend_compares_the_person_rounds_on_comparable_items()
    {
        var page = await AoiReportAsync();

        var trend = Chart(page, "person-trend-chart");
        Assert.Equal(["Round One", "Round Two"], trend.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        var logic = page.QuerySelectorAll("#trend-items-table tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Contains("Statement logic.a"));
        Assert.Equal(["2.0 (4)", "3.3 (5)"], logic.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public async Task Peer_comments_appear_without_hidden_ones_and_manager_comments_under_their_name()
    {
        var page = await AoiReportAsync();

        var comments = page.QuerySelectorAll("#peer-comments .comment-body").Select(c => c.TextContent).ToList();
        Assert.Equal(["Always leaves the runbook better than she found it", "Clear incident write-ups"], comments.Order());
        Assert.DoesNotContain("A remark a manager hid", page.Source.Text);
        var manager = Assert.Single(page.QuerySelectorAll("#manager-comments .comment"));
        Assert.Contains("Mia Manager", manager.TextContent);
        Assert.Contains("Mia notes strong reasoning in reviews", manager.TextContent);
    }

    [Fact]
    public async Task Peer_comments_are_shown_in_a_new_random_order_on_each_visit()
    {
        var orders = new HashSet<string>();
        for (var i = 0; i < 30 && orders.Count < 2; i++)
        {
            var page = await AoiReportAsync();
            orders.Add(string.Join("|", page.QuerySelectorAll("#peer-comments .comment-body").Select(c => c.TextContent)));
        }

        // Two comments: a fixed order would give one arrangement in 30 visits; a shuffle gives both (all but certainly).
        Assert.Equal(2, orders.Count);
    }

    [Fact]
    public async Task Comments_about_someone_with_two_peers_stay_hidden()
    {
        var page = await (await fixture.SignedInAsync("Mia Manager")).GetPageAsync($"/reports/people/{fixture.Ben}?round={fixture.RoundTwo}");

        Assert.NotNull(page.QuerySelector("#comments-hidden"));
        Assert.DoesNotContain("Ben secret comment", page.Source.Text);
        Assert.All(page.QuerySelectorAll("#items-table td[data-series=peer]"), td => Assert.Null(Value(td)));
        Assert.All(Series(Chart(page, "person-stage-chart"), "peer"), v => Assert.Null(v));
    }

    [Fact]
    public async Task Team_answers_never_enter_a_personal_report()
    {
        var page = await AoiReportAsync();

        Assert.DoesNotContain("Statement outcome.a", page.Source.Text);
        Assert.DoesNotContain("outcome", page.QuerySelector("#person-stage-chart-data")!.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_person_sees_their_report_only_once_it_is_released()
    {
        var client = await fixture.SignedInAsync("Aoi Test");

        var before = await client.GetPageAsync($"/reports/people/{fixture.Aoi}");
        Assert.NotNull(before.QuerySelector("#no-report"));
        Assert.Null(before.QuerySelector("#items-table"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/reports/people/{fixture.Aoi}?round={fixture.RoundTwo}")).StatusCode);

        await fixture.Org.ExecuteAsync("INSERT INTO ResultRelease (RoundId, RateeId, ReleasedAt) VALUES (@r, @p, @now)", new { r = fixture.RoundTwo, p = fixture.Aoi, now = DateTime.UtcNow });
        try
        {
            var after = await client.GetPageAsync($"/reports/people/{fixture.Aoi}");
            Assert.Single(after.QuerySelectorAll("#blind-spots li"));
            // Round One is not released to her: not in the picker, not in the trend.
            Assert.Null(after.QuerySelector("#person-trend-chart"));
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/reports/people/{fixture.Aoi}?round={fixture.RoundOne}")).StatusCode);
        }
        finally
        {
            await fixture.Org.ExecuteAsync("DELETE FROM ResultRelease WHERE RoundId = @r AND RateeId = @p", new { r = fixture.RoundTwo, p = fixture.Aoi });
        }
    }

    [Theory]
    [InlineData("Mia Manager", HttpStatusCode.OK)]
    [InlineData("Max Manager", HttpStatusCode.OK)]
    [InlineData("山本 健一", HttpStatusCode.OK)]
    [InlineData("Bob Manager", HttpStatusCode.NotFound)]
    [InlineData("Ben Test", HttpStatusCode.NotFound)]
    [InlineData("Outsider Test", HttpStatusCode.NotFound)]
    public async Task Only_the_person_their_managers_and_admins_open_a_report(string viewer, HttpStatusCode expected)
    {
        var client = await fixture.SignedInAsync(viewer);

        Assert.Equal(expected, (await client.GetAsync($"/reports/people/{fixture.Aoi}")).StatusCode);
        Assert.Equal(expected, (await client.GetAsync($"/reports/people/{fixture.Aoi}?round={fixture.RoundTwo}")).StatusCode);
    }

    [Fact]
    public async Task An_open_round_or_an_unknown_person_is_not_found()
    {
        var client = await fixture.SignedInAsync("山本 健一");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/reports/people/{fixture.Aoi}?round={fixture.OpenRound}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/reports/people/987654")).StatusCode);
    }

    [Fact]
    public async Task The_report_prints_on_A4_and_reads_in_Japanese()
    {
        var page = await AoiReportAsync(language: "ja");

        Assert.Contains("盲点", page.QuerySelector("#gaps-title")!.TextContent);
        Assert.NotNull(page.QuerySelector("#print-report[hidden]"));
        Assert.NotNull(page.QuerySelector("script[src^='/js/report-print.js']"));
        Assert.Empty(page.QuerySelectorAll("script:not([src]):not([type='application/json'])"));
        var css = await File.ReadAllTextAsync(RepoPaths.Combine("wwwroot", "css", "site.css"));
        Assert.Contains("size: A4", css);
    }
}
