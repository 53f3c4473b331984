using Microsoft.Playwright;

namespace SkillMap.Browser.Tests;

/// <summary>What a reader notices before reading a word: words split in the middle, a page wider than the phone, a checkbox stranded above its label.</summary>
public sealed class LayoutTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static async Task SignInAsync(IPage page, string person)
    {
        await page.GotoAsync("/demo/signin");
        await page.Locator("button.demo-person", new() { HasText = person }).ClickAsync();
    }

    [Fact]
    public async Task A_Japanese_team_dashboard_on_a_phone_keeps_stage_names_whole_and_the_page_as_wide_as_the_screen()
    {
        var browser = await app.NewPageAsync("ja");
        var page = browser.Page;
        await page.SetViewportSizeAsync(390, 844);
        await SignInAsync(page, "中村 由美");

        await page.ClickNavAsync("#nav-my-team");
        await page.Locator("#stage-chart[data-drawn='true']").WaitForAsync();

        // One line box per stage name: "インプット", not "インプ" over "ット" or a letter per line.
        var lines = await page.EvaluateAsync<int[]>("""
            () => Array.from(document.querySelectorAll('#stage-table tbody th')).map(th => {
              const range = document.createRange();
              range.selectNodeContents(th);
              return new Set(Array.from(range.getClientRects()).map(r => Math.round(r.top))).size;
            })
            """);
        Assert.Equal(4, lines.Length);
        Assert.All(lines, count => Assert.Equal(1, count));
        await page.AssertFitsScreenAsync("the dashboard");
        browser.AssertCleanRun();
    }

    [Theory]
    [InlineData("ja", "中村 由美", "/teams/3 /teams/3/trend /teams/3/operations /teams/3/plan?round=2 /plans /reports/people/17")]
    [InlineData("en", "山本 健一", "/admin/people /admin/audit /reports/organisation /admin/rounds/3 /admin/teams/1 /admin/people/2 /admin/model/1")]
    public async Task Pages_a_manager_and_an_admin_open_on_a_phone_are_never_wider_than_the_screen(string language, string person, string addresses)
    {
        var browser = await app.NewPageAsync(language);
        var page = browser.Page;
        await page.SetViewportSizeAsync(390, 844);
        await SignInAsync(page, person);
        await page.GotoAsync($"/language/{language}?returnUrl=%2F");

        foreach (var address in addresses.Split(' '))
        {
            var response = await page.GotoAsync(address);
            Assert.Equal(200, response!.Status);
            await page.AssertFitsScreenAsync(address);
        }
        browser.AssertCleanRun();
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ja")]
    public async Task The_new_round_form_puts_each_checkbox_beside_its_label(string language)
    {
        var browser = await app.NewPageAsync(language);
        var page = browser.Page;
        await page.SetViewportSizeAsync(1280, 800);
        await SignInAsync(page, "山本 健一");

        await page.GotoAsync("/admin/rounds/new");

        var boxes = page.Locator("#round-form label.check input[type=checkbox]");
        Assert.True(await boxes.CountAsync() >= 5);
        foreach (var box in await boxes.AllAsync())
        {
            var input = await box.BoundingBoxAsync();
            var label = await box.Locator("xpath=..").BoundingBoxAsync();
            Assert.True(input is { Width: < 40 }, $"a checkbox {input?.Width} px wide");
            // Beside the text: the label is one row high, the box inside it, not on a row of its own above the text.
            Assert.True(label is { Height: < 60 }, $"a checkbox label {label?.Height} px high");
        }
        browser.AssertCleanRun();
    }

    /// <summary>Team names in the organisation view's team list that do not fit its width (text measured in the list's own font).</summary>
    private static Task<string[]> CutOffTeamsAsync(IPage page) => page.EvaluateAsync<string[]>("""
        () => {
          const select = document.getElementById('team');
          const style = getComputedStyle(select);
          const context = document.createElement('canvas').getContext('2d');
          context.font = style.font;
          const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          return Array.from(select.options).map(o => o.text).filter(text => context.measureText(text).width > room);
        }
        """);

    [Theory]
    [InlineData("en")]
    [InlineData("ja")]
    public async Task The_organisation_team_list_shows_whole_team_names_on_a_desktop_and_stays_on_a_phone(string language)
    {
        var browser = await app.NewPageAsync(language);
        var page = browser.Page;
        await page.SetViewportSizeAsync(1280, 800);
        await SignInAsync(page, "山本 健一");
        await page.GotoAsync($"/language/{language}?returnUrl=%2F");

        await page.GotoAsync("/reports/organisation");
        Assert.True(await page.Locator("#team option").CountAsync() >= 3);
        Assert.Empty(await CutOffTeamsAsync(page));

        await page.SetViewportSizeAsync(390, 844);
        await page.ReloadAsync();
        var box = await page.Locator("#team").BoundingBoxAsync();
        Assert.True(box is { X: >= 0 } && box.X + box.Width <= 390, $"the team list runs from {box?.X} to {box?.X + box?.Width} px on a 390 px phone");
        await page.AssertFitsScreenAsync("the organisation view");
        browser.AssertCleanRun();
    }

    [Fact]
    public async Task On_a_phone_a_trend_table_that_scrolls_sideways_keeps_its_whole_caption_in_view()
    {
        var browser = await app.NewPageAsync("ja");
        var page = browser.Page;
        await page.SetViewportSizeAsync(390, 844);
        await SignInAsync(page, "中村 由美");

        await page.GotoAsync("/teams/3/trend");

        // For each table wider than its scrolling region: the caption's text, at either end of the scroll,
        // as the part of it outside the region (0 when the whole caption can be read).
        var hidden = await page.EvaluateAsync<string[]>("""
            () => Array.from(document.querySelectorAll('.table-scroll')).filter(r => r.scrollWidth > r.clientWidth + 1).flatMap(region => {
              const caption = region.querySelector('caption');
              return [0, region.scrollWidth].map(left => {
                region.scrollLeft = left;
                const box = region.getBoundingClientRect();
                const range = document.createRange();
                range.selectNodeContents(caption);
                const outside = Array.from(range.getClientRects()).filter(r => r.left < box.left - 1 || r.right > box.right + 1).length;
                return caption.textContent.trim() + ' @' + left + ': ' + outside;
              });
            })
            """);
        Assert.NotEmpty(hidden);
        Assert.All(hidden, line => Assert.EndsWith(": 0", line));
        browser.AssertCleanRun();
    }
    /// <summary>Each chart as "id left-right drawn-width": where its canvas is on the screen and the width Chart.js last drew it at (CSS pixels).</summary>
    private static Task<string[]> ChartsAsync(IPage page) => page.EvaluateAsync<string[]>("""
        () => Array.from(document.querySelectorAll('.chart-box canvas')).map(c => {
          const r = c.getBoundingClientRect();
          return c.id + ' ' + Math.round(r.left) + '-' + Math.round(r.right) + ' drawn at ' + Math.round(c.width / window.devicePixelRatio);
        })
        """);

    [Theory]
    [InlineData("ja", "山本 健一", "/reports/organisation")]
    [InlineData("en", "山本 健一", "/reports/organisation")]
    [InlineData("ja", "中村 由美", "/teams/3")]
    [InlineData("en", "中村 由美", "/teams/3")]
    [InlineData("ja", "中村 由美", "/teams/3/trend")]
    [InlineData("en", "中村 由美", "/teams/3/trend")]
    [InlineData("ja", "中村 由美", "/reports/people/17")]
    [InlineData("en", "中村 由美", "/reports/people/17")]
    public async Task A_report_opened_on_a_desktop_and_narrowed_to_a_phone_without_reloading_fits_the_phone_with_its_charts_redrawn(string language, string person, string address)
    {
        var browser = await app.NewPageAsync(language);
        var page = browser.Page;
        await page.SetViewportSizeAsync(1280, 800);
        await SignInAsync(page, person);
        await page.GotoAsync($"/language/{language}?returnUrl=%2F");

        var response = await page.GotoAsync(address);
        Assert.Equal(200, response!.Status);
        var charts = page.Locator(".chart-box canvas");
        await page.Locator("canvas[data-drawn='true']").First.WaitForAsync();
        Assert.True(await charts.CountAsync() >= 1);
        Assert.Equal(await charts.CountAsync(), await page.Locator(".chart-box canvas[data-drawn='true']").CountAsync());

        await page.SetViewportSizeAsync(390, 844);
        // Chart.js redraws on a ResizeObserver callback throttled to an animation frame: give it a few frames.
        await page.EvaluateAsync("""
            () => new Promise(done => {
              let frames = 0;
              const next = () => (++frames < 10 ? requestAnimationFrame(next) : setTimeout(done, 200));
              requestAnimationFrame(next);
            })
            """);

        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"{address} is {width} px wide after narrowing the window to 390 px: " + string.Join(", ", await ChartsAsync(page)));
        foreach (var canvas in await charts.AllAsync())
        {
            var box = await canvas.BoundingBoxAsync();
            Assert.True(box is { X: >= 0, Width: >= 200 } && box.X + box.Width <= 390,
                $"{address}: a chart runs from {box?.X} to {box?.X + box?.Width} px on a 390 px screen ({string.Join(", ", await ChartsAsync(page))})");
        }
        // Redrawn for the narrow screen, not the desktop picture squeezed: drawn at the width it is shown at.
        Assert.True(await page.EvaluateAsync<bool>("""
            () => Array.from(document.querySelectorAll('.chart-box canvas')).every(c => Math.abs(c.width / window.devicePixelRatio - c.getBoundingClientRect().width) <= 2)
            """), "a chart was not redrawn at its new width: " + string.Join(", ", await ChartsAsync(page)));
        browser.AssertCleanRun();
    }
}
