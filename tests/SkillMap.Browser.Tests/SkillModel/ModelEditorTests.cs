using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SkillMap.Browser.Tests.SkillModel;

public sealed class ModelEditorTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task An_admin_drafts_previews_publishes_and_compares_a_new_version()
    {
        var browser = await app.NewPageAsync("en");
        var page = browser.Page;
        await page.GotoAsync("/demo/signin");
        await page.Locator("button.demo-person", new() { HasText = "山本 健一" }).ClickAsync();
        // The admin's stored language is Japanese; they switch to English with the header's switch.
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ja");
        await page.ClickNavAsync(".language-switch a[lang=en]");
        await page.ClickNavAsync("#nav-skill-model");

        await page.GetByRole(AriaRole.Link, new() { Name = "Version 1", Exact = true }).ClickAsync();
        await page.Locator("#new-draft").ClickAsync();
        await Expect(page.Locator("#version-status")).ToHaveTextAsync("Draft");
        await page.Locator("#add-item").ClickAsync();

        await page.Locator("#Input_Key").FillAsync("conduct.asks-for-a-second-pair-of-eyes");
        await page.Locator("#Input_Kind").SelectOptionAsync("implicit");
        await page.Locator("#Input_Area").SelectOptionAsync("conduct");
        await page.Locator("#Input_Stage").SelectOptionAsync("output");
        await page.Locator("#Input_StatementJa").FillAsync("本番作業の前に、手順を同僚に確認してもらっている");
        await page.Locator("#Input_StatementEn").FillAsync("Asks a colleague to check the steps before production work.");
        // The preview follows the typing, in both languages, before anything is saved.
        await Expect(page.Locator("#preview-ja .statement")).ToHaveTextAsync("本番作業の前に、手順を同僚に確認してもらっている");
        await Expect(page.Locator("#preview-en .statement")).ToHaveTextAsync("Asks a colleague to check the steps before production work.");
        await page.Locator("#Input_Anchor1Ja").FillAsync("確認を頼まずに作業している。");
        await page.Locator("#Input_Anchor1En").FillAsync("Goes ahead without a check.");
        await Expect(page.Locator("#preview-en .level-1 .anchor")).ToHaveTextAsync("Goes ahead without a check.");
        await page.Locator("#Input_Anchor3Ja").FillAsync("大きな作業では確認を頼んでいる。");
        await page.Locator("#Input_Anchor3En").FillAsync("Asks for a check on larger jobs.");
        await page.Locator("#Input_Anchor5Ja").FillAsync("すべての本番作業で確認を頼み、指摘を反映している。");
        await page.Locator("#Input_Anchor5En").FillAsync("Asks for a check on every production job and acts on what is found.");
        await page.Locator("#Input_HelpJa").FillAsync("二人目の目は、**思い込み**による誤操作を防ぎます。");
        await page.Locator("#Input_HelpEn").FillAsync("A second pair of eyes catches **assumptions** before they become outages.");
        await page.Locator("#Input_DevelopmentJa").FillAsync("メンターと、確認を頼む作業の基準を決める。");
        await page.Locator("#Input_DevelopmentEn").FillAsync("Agree with a mentor which jobs always get a second check.");
        await page.Locator("#preview-item").ClickAsync();
        await Expect(page.Locator("#preview-en .help strong")).ToHaveTextAsync("assumptions");
        await page.Locator("#save-item").ClickAsync();
        await Expect(page.Locator("#status-message")).ToContainTextAsync("conduct.asks-for-a-second-pair-of-eyes");

        await page.Locator("#publish").ClickAsync();
        await Expect(page.Locator("#publish-summary li[data-change=Added]")).ToContainTextAsync("1 added");
        await page.Locator("#confirm-publish").CheckAsync();
        await page.Locator("#confirm-publish-button").ClickAsync();
        await Expect(page.Locator("#version-status")).ToHaveTextAsync("Published");
        Assert.Equal(0, await page.Locator("#add-item").CountAsync());

        await page.Locator("#compare-base").ClickAsync();
        await Expect(page.Locator("#section-Added .change")).ToHaveAttributeAsync("data-key", "conduct.asks-for-a-second-pair-of-eyes");
        await Expect(page.Locator("#section-Added p[lang=ja]")).ToHaveTextAsync("本番作業の前に、手順を同僚に確認してもらっている");
        await Expect(page.Locator("#section-Removed")).ToContainTextAsync("None.");
        browser.AssertCleanRun();
    }
}
