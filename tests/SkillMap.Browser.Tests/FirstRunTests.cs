using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SkillMap.Browser.Tests;

/// <summary>An install without demo mode, as a new organisation meets it.</summary>
public sealed class FirstRunApp : BrowserApp
{
    protected override bool Demo => false;
}

public sealed class FirstRunTests(FirstRunApp app) : IClassFixture<FirstRunApp>
{
    [Fact]
    public async Task A_new_organisation_sets_up_its_first_admin_who_signs_out_and_in_again_with_the_keyboard_on_a_phone()
    {
        var browser = await app.NewPageAsync("en");
        var page = browser.Page;
        await page.SetViewportSizeAsync(375, 740);

        await page.GotoAsync("/signin");
        await page.Locator("#go-setup").ClickAsync();
        await page.GetByLabel("Your name").FillAsync("山田 太郎 🧑‍💻");
        await page.GetByLabel("Email address").FillAsync("taro@example.jp");
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync("three unrelated words here");
        await page.GetByLabel("New password again").FillAsync("three unrelated words here");
        await page.Locator("#create-admin").ClickAsync();
        await Expect(page.Locator(".person-name")).ToHaveTextAsync("山田 太郎 🧑‍💻");
        await Expect(page.Locator("#status-message")).ToBeVisibleAsync();
        await page.AssertFitsScreenAsync("the first admin's home page");

        await page.ClickNavAsync("#sign-out");
        await page.GotoAsync("/signin");
        await Expect(page.Locator("#setup-needed")).ToHaveCountAsync(0);
        await page.GetByLabel("Email address").FocusAsync();
        await page.Keyboard.TypeAsync("TARO@example.jp");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("three unrelated words here");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator(".person-name")).ToHaveTextAsync("山田 太郎 🧑‍💻");
        browser.AssertCleanRun();
        Assert.Equal(404, (await page.GotoAsync("/setup"))!.Status);
    }
}
