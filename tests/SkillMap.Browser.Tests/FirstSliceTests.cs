using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SkillMap.Browser.Tests;

public sealed class FirstSliceTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    public static TheoryData<string, string, string, string, string> Languages() => new()
    {
        { "en", "Daniel Park", "Pick a demo person", "Go to my surveys", "My team" },
        { "ja", "田中 陽子", "デモ用の人物を選ぶ", "マイサーベイを開く", "マイチーム" },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task A_newcomer_answers_the_self_assessment_and_sees_the_team_chart(string language, string person, string pick, string answer, string myTeam)
    {
        var browser = await app.NewPageAsync(language);
        var page = browser.Page;

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = pick }).ClickAsync();
        await page.Locator("button.demo-person", new() { HasText = person }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = answer }).First.ClickAsync();
        await page.Locator("li.sheet-row").First.Locator("a").ClickAsync();

        var items = page.Locator("fieldset.rating-item");
        var count = await items.CountAsync();
        Assert.True(count > 0);
        for (var i = 0; i < count; i++)
        {
            // Levels 1–5 in turn, and "not observed" for every sixth item.
            await items.Nth(i).Locator("label.level").Nth(i % 6).ClickAsync();
        }
        await page.Locator("#save-next").ClickAsync();
        await Expect(page.Locator("#status-message")).ToBeVisibleAsync();
        await page.GotoAsync(page.Url.Split('?')[0] + "?page=1");
        Assert.Equal(count - count / 6, await page.Locator("fieldset.rating-item input[type=radio]:checked:not([value=na])").CountAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = myTeam }).ClickAsync();
        await page.Locator("#stage-chart[data-drawn='true']").WaitForAsync();

        var drawn = await page.EvaluateAsync<JsonElement>(
            "() => window.skillmapCharts['stage-chart'].data.datasets.map(d => d.data)");
        var keys = await page.Locator("#stage-table thead th[data-series]").EvaluateAllAsync<string[]>("ths => ths.map(th => th.dataset.series)");
        var rows = await page.Locator("#stage-table tbody tr").CountAsync();
        for (var series = 0; series < keys.Length; series++)
        {
            for (var row = 0; row < rows; row++)
            {
                var cell = await page.Locator("#stage-table tbody tr").Nth(row).Locator($"td[data-series='{keys[series]}']").GetAttributeAsync("data-value");
                var chartValue = drawn[series][row];
                var tableValue = string.IsNullOrEmpty(cell) ? (double?)null : double.Parse(cell, CultureInfo.InvariantCulture);
                Assert.Equal(chartValue.ValueKind == JsonValueKind.Null ? null : chartValue.GetDouble(), tableValue);
            }
        }
        var own = Array.IndexOf(keys, "own");
        var self = Array.IndexOf(keys, "self");
        Assert.Contains(drawn[own].EnumerateArray(), v => v.ValueKind == JsonValueKind.Number);
        Assert.Contains(drawn[self].EnumerateArray(), v => v.ValueKind == JsonValueKind.Number);
        var canvas = await page.Locator("#stage-chart").BoundingBoxAsync();
        Assert.True(canvas is { Width: > 100, Height: > 100 });
        browser.AssertCleanRun();
    }

    [Fact]
    public async Task A_rating_can_be_given_and_saved_with_the_keyboard_alone()
    {
        var browser = await app.NewPageAsync("en");
        var page = browser.Page;
        await page.GotoAsync("/demo/signin");
        await page.Locator("button.demo-person", new() { HasText = "Raj Patel" }).ClickAsync();
        await page.GotoAsync("/surveys");
        await page.Locator("li.sheet-row a").First.ClickAsync();

        var first = page.Locator("fieldset.rating-item").First;
        await first.Locator("input[type=radio]").First.FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Locator("#save-next").FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        // The other items are unanswered, so the page explains what is missing, keeping the chosen level.
        await Expect(page.Locator("#error-summary")).ToBeVisibleAsync();
        await Expect(page.Locator("fieldset.rating-item").First.Locator("input[value='3']")).ToBeCheckedAsync();
        browser.AssertCleanRun();
    }

    [Fact]
    public async Task The_self_assessment_fits_a_phone_screen()
    {
        var browser = await app.NewPageAsync("ja");
        var page = browser.Page;
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/demo/signin");
        await page.Locator("button.demo-person", new() { HasText = "井上 彩" }).ClickAsync();
        await page.GotoAsync("/surveys");
        await page.Locator("li.sheet-row a").First.ClickAsync();

        var buttonHeight = (await page.Locator("label.level").First.BoundingBoxAsync())!.Height;

        await page.AssertFitsScreenAsync("the rating page");
        Assert.True(buttonHeight >= 44, $"touch target {buttonHeight}px");
        browser.AssertCleanRun();
    }
}
