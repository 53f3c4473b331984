using System.Globalization;
using System.Net;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features.Reports;

[Collection(nameof(ReportsCollection))]
public sealed class OperationsFiguresTests(ReportsFixture fixture)
{
    private string Url => $"/teams/{fixture.TeamA}/operations";

    private static string MonthsAgo(int months) => DateTime.UtcNow.AddMonths(-months).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static KeyValuePair<string, string> Field(string name, string value) => new($"Input.{name}", value);

    [Fact]
    public async Task A_manager_enters_last_month_and_sees_it_beside_the_outcome_stage()
    {
        var client = await fixture.SignedInAsync("Mia Manager");
        var audited = await SavedAuditsAsync(MonthsAgo(1));
        var form = await client.GetPageAsync(Url);
        Assert.Equal(MonthsAgo(1), form.QuerySelector("#month")!.GetAttribute("value"));

        var response = await client.SubmitAsync(form.Form("#operations-form"), Url,
            [Field("Incidents", "3"), Field("AfterHoursPages", "5"), Field("OvertimeHours", "12.5"), Field("ChangeFailureRate", "7.5")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains(MonthsAgo(1), after.QuerySelector("#status-message")!.TextContent);
        var dashboard = await client.GetPageAsync($"/teams/{fixture.TeamA}");
        var row = dashboard.QuerySelectorAll("#operations-table tbody tr").Single(r => r.QuerySelector("th")?.TextContent == MonthsAgo(1));
        Assert.Equal(["3", "5", "12.5", "7.5%"], row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        Assert.Equal(audited + 1, await SavedAuditsAsync(MonthsAgo(1)));
    }

    // Other tests in the collection save figures for the same team, so count this month's entries before and after.
    private Task<int> SavedAuditsAsync(string month) => fixture.Org.ScalarAsync<int>(
        "SELECT COUNT(*) FROM AuditEntry WHERE Action = 'operations.figures.saved' AND TargetId = @t AND Detail = @month", new { t = fixture.TeamA, month });

    [Fact]
    public async Task Saving_a_month_again_replaces_its_figures()
    {
        var client = await fixture.SignedInAsync("Mia Manager");
        var month = MonthsAgo(3);
        foreach (var incidents in new[] { "8", "2" })
        {
            var form = await client.GetPageAsync($"{Url}?month={month}");
            await client.SubmitAsync(form.Form("#operations-form"), Url, [Field("Incidents", incidents), Field("AfterHoursPages", "")]);
        }

        var rows = await fixture.Org.QueryAsync<(long? Incidents, long? Pages)>(
            "SELECT Incidents, AfterHoursPages FROM OperationsFigure WHERE TeamId = @t AND Month = @month", new { t = fixture.TeamA, month });
        Assert.Equal((2L, (long?)null), Assert.Single(rows));
    }

    [Theory]
    [InlineData("Month", "2999-01", "future")]
    [InlineData("Month", "last month", "Choose a month")]
    [InlineData("Incidents", "-1", "whole number")]
    [InlineData("Incidents", "2.5", "whole number")]
    [InlineData("AfterHoursPages", "lots", "whole number")]
    [InlineData("OvertimeHours", "12.25", "one decimal")]
    [InlineData("ChangeFailureRate", "150", "0 to 100")]
    public async Task Bad_input_gets_a_clear_message_and_changes_nothing(string field, string value, string message)
    {
        var client = await fixture.SignedInAsync("Mia Manager");
        var form = await client.GetPageAsync($"{Url}?month={MonthsAgo(7)}");
        var before = await fixture.Org.ScalarAsync<int>("SELECT COUNT(*) FROM OperationsFigure");

        var set = new List<KeyValuePair<string, string>> { Field("Incidents", "4"), Field("Month", MonthsAgo(7)) };
        set.RemoveAll(f => f.Key == $"Input.{field}");
        set.Add(Field(field, value));
        var response = await client.SubmitAsync(form.Form("#operations-form"), Url, set);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector("#error-summary")!.TextContent);
        Assert.Equal(value, page.QuerySelector($"[name='Input.{field}']")!.GetAttribute("value"));
        Assert.Equal(before, await fixture.Org.ScalarAsync<int>("SELECT COUNT(*) FROM OperationsFigure"));
    }

    [Fact]
    public async Task A_month_with_no_figure_is_refused()
    {
        var client = await fixture.SignedInAsync("Mia Manager");
        var form = await client.GetPageAsync($"{Url}?month={MonthsAgo(9)}");

        var response = await client.SubmitAsync(form.Form("#operations-form"), Url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("at least one figure", (await Html.ParseAsync(response)).QuerySelector("#error-summary")!.TextContent);
    }

    [Theory]
    [InlineData("Ben Test")]
    [InlineData("Bob Manager")]
    public async Task Only_the_team_managers_and_admins_enter_figures(string person)
    {
        var client = await fixture.SignedInAsync(person);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Url)).StatusCode);
        var post = await client.PostAsync(Url, new FormUrlEncodedContent([Field("Month", MonthsAgo(1)), Field("Incidents", "1")]));
        Assert.NotEqual(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await fixture.SignedInAsync("山本 健一")).GetAsync(Url)).StatusCode);
    }

    [Fact]
    public async Task The_page_reads_in_Japanese()
    {
        var page = await (await fixture.SignedInAsync("Mia Manager", "ja")).GetPageAsync(Url);

        Assert.Equal("運用実績の入力", page.QuerySelector("h1")!.TextContent);
    }
}
