using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SkillMap.Browser.Tests.Survey;

/// <summary>Answering a sheet in a real browser: with and without JavaScript, by keyboard, on a phone.</summary>
public sealed class AnsweringTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static async Task SignInAsync(IPage page, string person)
    {
        await page.GotoAsync("/demo/signin");
        await page.Locator("button.demo-person", new() { HasText = person }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/demo/signin", StringComparison.Ordinal));
    }

    /// <summary>Opens the sheet whose row in My surveys has this title (a colleague's name, or the self-assessment).
    /// Sign-in applies the person's stored language, so English tests use English-speaking demo people.</summary>
    private static async Task OpenSheetAsync(IPage page, string title)
    {
        await page.GotoAsync("/surveys");
        await page.Locator("li.sheet-row", new() { Has = page.Locator(".sheet-title", new() { HasTextString = title }) }).Locator("a").ClickAsync();
        await page.Locator("#rating-form").WaitForAsync();
    }

    [Fact]
    public async Task Without_JavaScript_save_and_next_stores_each_page_and_the_answers_come_back()
    {
        var browser = await app.NewPageAsync("en", javaScript: false);
        var page = browser.Page;
        await SignInAsync(page, "Emily Carter");
        await OpenSheetAsync(page, "Your self-assessment");

        var items = page.Locator("fieldset.rating-item");
        var count = await items.CountAsync();
        for (var i = 0; i < count; i++)
        {
            await items.Nth(i).Locator("label.level").Nth(i % 6).ClickAsync();
        }
        await page.Locator("#save-next").ClickAsync();

        await Expect(page.Locator("#status-message")).ToBeVisibleAsync();
        await Expect(page.Locator(".progress-text")).ToContainTextAsync("page 2 of 6");
        await Expect(page.Locator("#sheet-progress")).ToHaveAttributeAsync("value", count.ToString());
        await page.Locator("#previous").ClickAsync();
        await Expect(page.Locator(".progress-text")).ToContainTextAsync("page 1 of 6");
        for (var i = 0; i < count; i++)
        {
            await Expect(items.Nth(i).Locator("input[type=radio]").Nth(i % 6)).ToBeCheckedAsync();
        }
        browser.AssertCleanRun();
    }

    [Fact]
    public async Task Without_JavaScript_a_missing_answer_is_explained_and_the_chosen_levels_stay()
    {
        var browser = await app.NewPageAsync("ja", javaScript: false);
        var page = browser.Page;
        await SignInAsync(page, "井上 彩");
        await OpenSheetAsync(page, "自己評価");

        await page.Locator("fieldset.rating-item").First.Locator("label.level").Nth(3).ClickAsync();
        await page.Locator("#save-next").ClickAsync();

        await Expect(page.Locator("#error-summary")).ToContainTextAsync("保存されていません");
        await Expect(page.Locator("fieldset.rating-item").First.Locator("input[value='4']")).ToBeCheckedAsync();
        browser.AssertCleanRun();
    }

    [Fact]
    public async Task Autosaved_answers_and_comments_survive_a_reload()
    {
        var browser = await app.NewPageAsync("en");
        var page = browser.Page;
        await SignInAsync(page, "Tom Wilson");
        await OpenSheetAsync(page, "Your self-assessment");
        var items = page.Locator("fieldset.rating-item");

        await items.Nth(0).Locator("label.level").Nth(4).ClickAsync();
        await items.Nth(1).Locator("label.level.not-observed").ClickAsync();
        await items.Nth(2).Locator("label.level").Nth(1).ClickAsync();
        await items.Nth(2).Locator("details.comment summary").ClickAsync();
        await items.Nth(2).Locator("textarea").FillAsync("Asked for the runbook before the change window");
        await items.Nth(2).Locator("textarea").BlurAsync();
        await Expect(page.Locator("#rating-form")).ToHaveAttributeAsync("data-saved-revision", "4");
        await Expect(page.Locator("#autosave-status")).ToContainTextAsync("saved");
        await Expect(page.Locator("#sheet-progress")).ToHaveAttributeAsync("value", "3");

        await page.ReloadAsync();

        await Expect(items.Nth(0).Locator("input[value='5']")).ToBeCheckedAsync();
        await Expect(items.Nth(1).Locator("input[value='na']")).ToBeCheckedAsync();
        await Expect(items.Nth(2).Locator("input[value='2']")).ToBeCheckedAsync();
        await Expect(items.Nth(2).Locator("textarea")).ToHaveValueAsync("Asked for the runbook before the change window");
        await Expect(page.Locator("#revision")).ToHaveValueAsync("4");
        browser.AssertCleanRun();
    }

    [Fact]
    public async Task Save_and_next_after_autosave_moves_on_without_a_stale_refusal()
    {
        var browser = await app.NewPageAsync("en");
        var page = browser.Page;
        await SignInAsync(page, "Daniel Park");
        await OpenSheetAsync(page, "Your self-assessment");
        var items = page.Locator("fieldset.rating-item");
        var count = await items.CountAsync();

        for (var i = 0; i < count; i++)
        {
            await items.Nth(i).Locator("label.level").Nth(2).ClickAsync();
        }
        await page.Locator("#save-next").ClickAsync();

        await Expect(page.Locator(".progress-text")).ToContainTextAsync("page 2 of 6");
        await Expect(page.Locator("#error-summary")).ToHaveCountAsync(0);
        browser.AssertCleanRun();
    }

    [Fact]
    public async Task A_colleague_can_be_rated_with_the_keyboard_alone()
    {
        var browser = await app.NewPageAsync("en");
        var page = browser.Page;
        await SignInAsync(page, "Raj Patel");
        await page.GotoAsync("/surveys");
        var row = page.Locator("li.sheet-row.new").Nth(1);
        await row.Locator("a").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#rating-form").WaitForAsync();

        var first = page.Locator("fieldset.rating-item").First;
        await first.Locator("input[type=radio]").First.FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(first.Locator("input[value='3']")).ToBeCheckedAsync();
        await Expect(page.Locator("#rating-form")).ToHaveAttributeAsync("data-saved-revision", new System.Text.RegularExpressions.Regex(@"^\d+$"));
        // Tab leaves the radio group for the help and the comment, then reaches the next item's group.
        await page.Keyboard.PressAsync("Tab");
        await Expect(first.Locator("details.help summary")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(first.Locator("details.help")).ToHaveAttributeAsync("open", "");
        browser.AssertCleanRun();
    }

    [Fact]
    public async Task My_surveys_and_the_rating_page_fit_a_phone()
    {
        var browser = await app.NewPageAsync("ja");
        var page = browser.Page;
        await page.SetViewportSizeAsync(390, 844);
        await SignInAsync(page, "Sarah Mitchell");

        await page.GotoAsync("/surveys");
        await page.AssertFitsScreenAsync("My surveys");
        await page.Locator("li.sheet-row a").First.ClickAsync();
        await page.Locator("#rating-form").WaitForAsync();

        await page.AssertFitsScreenAsync("the rating page");
        Assert.True((await page.Locator("label.level").First.BoundingBoxAsync())!.Height >= 44);
        Assert.True((await page.Locator("#save-next").BoundingBoxAsync())!.Height >= 44);
        await Expect(page.Locator("#manager-notice")).ToBeVisibleAsync();
        browser.AssertCleanRun();
    }
}
