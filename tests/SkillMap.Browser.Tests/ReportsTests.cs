using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SkillMap.Browser.Tests;

public sealed class ReportsTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string TableValues = """
        ([id, tableId]) => {
          const keys = JSON.parse(document.getElementById(id + '-data').textContent).datasets.map(d => d.key);
          const rows = Array.from(document.querySelectorAll('#' + tableId + ' tbody tr'));
          return keys.map(k => rows.map(r => {
            const td = r.querySelector('td[data-series="' + k + '"]');
            const v = td ? td.getAttribute('data-value') : '';
            return v === '' || v === null ? null : Number(v);
          }));
        }
        """;

    private const string DrawnValues = """
        id => window.skillmapCharts[id].data.datasets.map(d => d.data.map(v => v === undefined || v === null ? null : v))
        """;

    private static async Task AssertDrawnAsTabledAsync(IPage page, string id, string? tableId = null)
    {
        await page.Locator($"#{id}[data-drawn='true']").WaitForAsync();
        var drawn = await page.EvaluateAsync<JsonElement>(DrawnValues, id);
        var tabled = await page.EvaluateAsync<JsonElement>(TableValues, new[] { id, tableId ?? id + "-table" });
        Assert.Equal(tabled.GetRawText(), drawn.GetRawText());
        var box = await page.Locator($"#{id}").BoundingBoxAsync();
        Assert.True(box is { Width: > 100, Height: > 100 }, $"{id} is {box?.Width}×{box?.Height}");
    }

    private static async Task SignInAsync(IPage page, string person)
    {
        await page.GotoAsync("/demo/signin");
        await page.Locator("button.demo-person", new() { HasText = person }).ClickAsync();
    }

    [Theory]
    [InlineData("en", "Sarah Mitchell")]
    [InlineData("ja", "中村 由美")]
    public async Task A_manager_sees_the_team_dashboard_drawn_with_tables_that_match(string language, string manager)
    {
        var browser = await app.NewPageAsync(language);
        var page = browser.Page;
        await SignInAsync(page, manager);

        await page.ClickNavAsync("#nav-my-team");

        await AssertDrawnAsTabledAsync(page, "stage-chart", "stage-table");
        await AssertDrawnAsTabledAsync(page, "balance-chart");
        await AssertDrawnAsTabledAsync(page, "distribution-chart");
        await page.Locator("#quadrant-chart[data-drawn='true']").WaitForAsync();
        var points = await page.EvaluateAsync<JsonElement>("() => window.skillmapCharts['quadrant-chart'].data.datasets[0].data.map(p => [p.name, p.x, p.y])");
        var rows = await page.EvaluateAsync<JsonElement>("""
            () => Array.from(document.querySelectorAll('#quadrant-chart-table tbody tr'))
              .filter(r => r.querySelector('td[data-series=self]'))
              .map(r => [r.querySelector('th').textContent.trim(), Number(r.querySelector('td[data-series=self]').dataset.value), Number(r.querySelector('td[data-series=peer]').dataset.value)])
            """);
        Assert.Equal(rows.GetRawText(), points.GetRawText());
        Assert.True(await page.Locator("#heatmap-table tbody tr").CountAsync() >= 5);
        browser.AssertCleanRun();
    }

    [Fact]
    public async Task A_manager_enters_last_month_figures_and_sees_them_beside_the_outcome_stage()
    {
        var browser = await app.NewPageAsync("en");
        var page = browser.Page;
        await SignInAsync(page, "Sarah Mitchell");
        await page.ClickNavAsync("#nav-my-team");

        await page.Locator("#enter-operations").ClickAsync();
        await page.Locator("#figure-incidents").FillAsync("4");
        await page.Locator("#figure-afterhourspages").FillAsync("9");
        await page.Locator("#figure-overtimehours").FillAsync("31.5");
        await page.Locator("#figure-changefailurerate").FillAsync("12");
        await page.Locator("#save-operations").ClickAsync();
        await Expect(page.Locator("#status-message")).ToBeVisibleAsync();
        await page.Locator("#back-to-team").ClickAsync();

        var month = await page.Locator("#operations-table tbody tr th").First.TextContentAsync();
        Assert.Equal(DateTime.UtcNow.AddMonths(-1).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), month);
        await Expect(page.Locator("#operations-table tbody tr").First).ToContainTextAsync("31.5");
        // Every outcome item of the model is listed beside the figures, with the team's average.
        Assert.True(await page.Locator("#outcome-table tbody tr").CountAsync() >= 3);
        await Expect(page.Locator("#outcome-table tbody td[data-value]").First).Not.ToHaveAttributeAsync("data-value", "");
        browser.AssertCleanRun();
    }

    [Fact]
    public async Task A_manager_prints_a_person_report_on_A4_without_the_navigation()
    {
        var browser = await app.NewPageAsync("en");
        var page = browser.Page;
        await SignInAsync(page, "Sarah Mitchell");
        await page.ClickNavAsync("#nav-my-team");
        await page.Locator("#heatmap-table tbody a").First.ClickAsync();

        await AssertDrawnAsTabledAsync(page, "person-stage-chart");
        await AssertDrawnAsTabledAsync(page, "person-area-chart");
        await AssertDrawnAsTabledAsync(page, "person-trend-chart");
        await Expect(page.Locator("#print-report")).ToBeVisibleAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        foreach (var hidden in new[] { ".site-header", ".site-footer", ".demo-banner", ".report-actions" })
        {
            Assert.Equal("none", await page.Locator(hidden).First.EvaluateAsync<string>("e => getComputedStyle(e).display"));
        }
        await Expect(page.Locator("#items-table")).ToBeVisibleAsync();
        await Expect(page.Locator(".print-footer")).ToBeVisibleAsync();
        var pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = true });
        Assert.True(pdf.Length > 10_000);
        browser.AssertCleanRun();
    }

    [Theory]
    [InlineData("en", "鈴木 大輔", "#blind-spots li")]
    [InlineData("ja", "渡辺 さくら", "#hidden-strengths li")]
    public async Task An_engineer_opens_their_own_report_and_sees_blind_spots_or_hidden_strengths(string language, string person, string expected)
    {
        var browser = await app.NewPageAsync(language);
        var page = browser.Page;
        await SignInAsync(page, person);

        await page.Locator("#nav-my-report").ClickAsync();

        await Expect(page.Locator(expected).First).ToBeVisibleAsync();
        await Expect(page.Locator(expected).First.Locator(".gap-talk")).ToBeVisibleAsync();
        await AssertDrawnAsTabledAsync(page, "person-stage-chart");
        browser.AssertCleanRun();
    }

    [Fact]
    public async Task An_admin_compares_teams_in_the_organisation_view()
    {
        var browser = await app.NewPageAsync("en");
        var page = browser.Page;
        await SignInAsync(page, "山本 健一");

        await page.ClickNavAsync("#nav-organisation");
        var teams = page.Locator("#team option");
        await page.Locator("#team").SelectOptionAsync(new[] { await teams.Nth(0).GetAttributeAsync("value") ?? "", await teams.Nth(1).GetAttributeAsync("value") ?? "" });
        await page.Locator("#apply-filter").ClickAsync();

        await AssertDrawnAsTabledAsync(page, "org-stage-chart");
        await AssertDrawnAsTabledAsync(page, "org-area-chart");
        Assert.Equal(3, await page.EvaluateAsync<int>("() => window.skillmapCharts['org-stage-chart'].data.datasets.length"));
        await Expect(page.Locator("#thin-explicit tbody tr").First).ToBeVisibleAsync();
        browser.AssertCleanRun();
    }
}
