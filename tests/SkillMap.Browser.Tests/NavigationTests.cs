using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SkillMap.Browser.Tests;

/// <summary>The header on a 360 px phone, in both languages, by keyboard: short, by role, never wider than the screen.</summary>
public sealed class NavigationTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private async Task<BrowserPage> PhoneAsync(string person, string language, bool javaScript = true)
    {
        var browser = await app.NewPageAsync(language, javaScript);
        var page = browser.Page;
        await page.SetViewportSizeAsync(360, 740);
        await page.GotoAsync("/demo/signin");
        await page.Locator("button.demo-person", new() { HasText = person }).ClickAsync();
        // Signing in applies the person's stored language; the header's switch picks the one under test.
        await page.ClickNavAsync($".language-switch a[hreflang='{language}']");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        return browser;
    }

    /// <summary>Presses Tab until the focused element matches, as a keyboard user walks the page (no page script needed).</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var i = 0; i < 40; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.Locator(selector + ":focus").CountAsync() > 0)
            {
                return;
            }
        }
        Assert.Fail($"Tab never reached {selector}.");
    }

    /// <summary>With SKILLMAP_SCREENSHOTS set to a folder, keeps a picture of the screen for a person to look at.</summary>
    private static async Task ScreenshotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("SKILLMAP_SCREENSHOTS") is { Length: > 0 } folder)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png") });
        }
    }

    /// <summary>Nothing in the header reaches past the right edge of the screen (measured from layout boxes, no page script).</summary>
    private static async Task AssertHeaderFitsAsync(IPage page)
    {
        var width = page.ViewportSize!.Width;
        var boxes = page.Locator("header a:visible, header summary:visible, header button:visible, header .nav-panel:visible");
        for (var i = 0; i < await boxes.CountAsync(); i++)
        {
            var box = await boxes.Nth(i).BoundingBoxAsync();
            Assert.True(box is null || box.X + box.Width <= width + 1, $"{await boxes.Nth(i).GetAttributeAsync("id")} ends at {box?.X + box?.Width} px on a {width} px screen");
        }
    }

    [Theory]
    [InlineData("en", "Administration", "Audit log")]
    [InlineData("ja", "管理", "監査ログ")]
    public async Task An_admin_on_a_phone_opens_Administration_with_the_keyboard_and_reaches_every_admin_area(string language, string administration, string audit)
    {
        var browser = await PhoneAsync("山本 健一", language);
        var page = browser.Page;
        await page.AssertFitsScreenAsync("the admin's home page");
        // One entry for everything an admin looks after, beside the links everyone has.
        Assert.Equal(5, await page.Locator(".site-nav > ul > li").CountAsync());
        await Expect(page.Locator("#nav-admin-menu > summary")).ToHaveTextAsync(administration);

        await page.Locator("#nav-home").FocusAsync();
        await TabToAsync(page, "#nav-admin-menu > summary");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#nav-admin")).ToBeVisibleAsync();
        await page.AssertFitsScreenAsync("the open Administration menu");
        await ScreenshotAsync(page, $"nav-admin-menu-{language}");
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.Locator("#nav-admin")).Not.ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.matches('#nav-admin-menu > summary')"));
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync("**/admin");
        await Expect(page.Locator("h1")).ToHaveTextAsync(administration);
        await Expect(page.Locator("#nav-admin")).ToHaveAttributeAsync("aria-current", "page");
        Assert.Equal(7, await page.Locator("#admin-areas > li").CountAsync());
        await page.AssertFitsScreenAsync("the Administration page");
        await page.Locator("#account-menu > summary").ClickAsync();
        await Expect(page.Locator("#sign-out")).ToBeVisibleAsync();
        await page.AssertFitsScreenAsync("the open account menu");
        await AssertHeaderFitsAsync(page);
        await ScreenshotAsync(page, $"nav-account-menu-{language}");
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.Locator("#sign-out")).Not.ToBeVisibleAsync();
        await page.Locator("#admin-audit-link").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(audit);
        await Expect(page.Locator("#nav-audit")).ToHaveAttributeAsync("aria-current", "page");
        await Expect(page.Locator("#nav-admin-menu > summary")).ToHaveClassAsync("holds-current");
        browser.AssertCleanRun();
    }

    [Theory]
    [InlineData("en", "Sarah Mitchell", "SRE")]
    [InlineData("ja", "中村 由美", "サービス運用")]
    public async Task A_manager_on_a_phone_reaches_their_team_rounds_and_people_from_the_team_menu(string language, string manager, string team)
    {
        var browser = await PhoneAsync(manager, language);
        var page = browser.Page;
        await page.GotoAsync("/surveys");
        await Expect(page.Locator("#nav-my-surveys")).ToHaveAttributeAsync("aria-current", "page");
        Assert.Equal(4, await page.Locator(".site-nav > ul > li").CountAsync());
        await Expect(page.Locator("#nav-admin-menu")).ToHaveCountAsync(0);

        await page.Locator("#nav-home").FocusAsync();
        await TabToAsync(page, "#nav-teams-menu > summary");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#nav-my-team")).ToContainTextAsync(team);
        await Expect(page.Locator("#nav-rounds")).ToBeVisibleAsync();
        await Expect(page.Locator("#nav-teams-people")).ToBeVisibleAsync();
        await page.AssertFitsScreenAsync("the open team menu");
        await ScreenshotAsync(page, $"nav-team-menu-{language}");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync("**/teams/*");
        await Expect(page.Locator("#nav-my-team")).ToHaveAttributeAsync("aria-current", "page");
        await page.ClickNavAsync("#nav-rounds");
        await page.WaitForURLAsync("**/admin/rounds");
        await Expect(page.Locator("#nav-teams-menu > summary")).ToHaveClassAsync("holds-current");
        browser.AssertCleanRun();
    }

    [Theory]
    [InlineData("en", "My data")]
    [InlineData("ja", "自分のデータ")]
    public async Task A_member_without_JavaScript_has_four_links_and_an_account_menu_that_fits_a_phone(string language, string myData)
    {
        var browser = await PhoneAsync("Daniel Park", language, javaScript: false);
        var page = browser.Page;

        var links = page.Locator(".site-nav > ul > li > a");
        var ids = new List<string?>();
        for (var i = 0; i < await links.CountAsync(); i++)
        {
            ids.Add(await links.Nth(i).GetAttributeAsync("id"));
        }
        Assert.Equal(["nav-my-surveys", "nav-my-report", "nav-plans", "nav-my-team"], ids);
        await Expect(page.Locator("#nav-admin-menu, #nav-teams-menu, #nav-rounds, #nav-teams-people")).ToHaveCountAsync(0);
        await Expect(page.Locator("#sign-out")).Not.ToBeVisibleAsync();

        await page.Locator("#nav-home").FocusAsync();
        await TabToAsync(page, "#account-menu > summary");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#sign-out")).ToBeVisibleAsync();
        await Expect(page.Locator(".language-switch a[aria-current=true]")).ToHaveAttributeAsync("lang", language);
        await AssertHeaderFitsAsync(page);
        await TabToAsync(page, "#nav-my-data");
        await Expect(page.Locator("#nav-my-data")).ToHaveTextAsync(myData);
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync("**/me/data");
        await Expect(page.Locator("#nav-my-data")).ToHaveAttributeAsync("aria-current", "page");
        await page.ClickNavAsync("#nav-my-team");
        await page.WaitForURLAsync("**/teams/*");
        await Expect(page.Locator("#nav-my-team")).ToHaveAttributeAsync("aria-current", "page");
        await AssertHeaderFitsAsync(page);
        browser.AssertCleanRun();
    }

    [Fact]
    public async Task On_a_wide_screen_the_header_is_one_row_and_a_menu_opens_under_its_button()
    {
        var browser = await app.NewPageAsync("en");
        var page = browser.Page;
        await page.SetViewportSizeAsync(1280, 800);
        await page.GotoAsync("/demo/signin");
        await page.Locator("button.demo-person", new() { HasText = "山本 健一" }).ClickAsync();
        await page.ClickNavAsync(".language-switch a[hreflang='en']");

        var brand = (await page.Locator("#nav-home").BoundingBoxAsync())!;
        var account = (await page.Locator("#account-menu > summary").BoundingBoxAsync())!;
        var admin = (await page.Locator("#nav-admin-menu > summary").BoundingBoxAsync())!;
        Assert.True(Math.Abs(brand.Y - admin.Y) < brand.Height && Math.Abs(brand.Y - account.Y) < brand.Height, "brand, links and account share one row");
        await page.Locator("#nav-admin-menu > summary").ClickAsync();
        var panel = (await page.Locator("#nav-admin-menu .nav-panel").BoundingBoxAsync())!;
        await ScreenshotAsync(page, "nav-admin-menu-wide");

        Assert.InRange(panel.X, admin.X - 1, admin.X + 1);
        Assert.True(panel.Y >= admin.Y + admin.Height, "the menu opens below its button");
        await page.Locator("#account-menu > summary").ClickAsync();
        await Expect(page.Locator("#nav-admin")).Not.ToBeVisibleAsync();
        var accountPanel = (await page.Locator("#account-menu .nav-panel").BoundingBoxAsync())!;
        Assert.InRange(accountPanel.X + accountPanel.Width, account.X + account.Width - 1, account.X + account.Width + 1);
        browser.AssertCleanRun();
    }
}
