using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SkillMap.Browser.Tests;

public sealed class PlanTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private async Task<BrowserPage> SignInAsync(string person)
    {
        var browser = await app.NewPageAsync("en");
        await browser.Page.GotoAsync("/demo/signin");
        await browser.Page.Locator("button.demo-person", new() { HasText = person }).ClickAsync();
        return browser;
    }

    [Fact]
    public async Task A_manager_reviews_edits_and_approves_a_plan_with_an_engineer_and_downloads_the_exports()
    {
        var manager = await SignInAsync("Sarah Mitchell");
        var page = manager.Page;
        await page.Locator("#nav-plans").ClickAsync();
        await page.Locator("#team-plans a", new() { HasText = "Emily Carter" }).ClickAsync();
        var planUrl = page.Url;
        await Expect(page.Locator("h1")).ToContainTextAsync("Emily Carter");

        // Reword the first action in Markdown, give it an owner and a date.
        await page.Locator("#development-actions [id^=edit-action-]").First.ClickAsync();
        await page.Locator("#Input_Body").FillAsync("Pair with Raj on the next **change review** and write down the intake check.");
        await page.Locator("#Input_OwnerId").SelectOptionAsync(new SelectOptionValue { Label = "Raj Patel" });
        await page.Locator("#Input_DueDate").FillAsync("2027-03-31");
        await page.Locator("#save-action").ClickAsync();
        await Expect(page.Locator("#status-message")).ToBeVisibleAsync();
        var first = page.Locator("#development-actions .plan-action").First;
        await Expect(first.Locator("strong")).ToHaveTextAsync("change review");
        await Expect(first).ToContainTextAsync("Raj Patel");
        await Expect(first).ToContainTextAsync("2027-03-31");
        await Expect(page.Locator("#approve-plan")).ToHaveCountAsync(0);

        // The engineer reads it, comments and agrees.
        var engineer = await SignInAsync("Emily Carter");
        await engineer.Page.Locator("#nav-plans").ClickAsync();
        await engineer.Page.Locator("#own-plans a").First.ClickAsync();
        Assert.Equal(planUrl, engineer.Page.Url);
        await engineer.Page.Locator("#comment-body").FillAsync("Happy with this; I'd like to start after the freeze.");
        await engineer.Page.Locator("#add-comment").ClickAsync();
        await Expect(engineer.Page.Locator("#plan-comments")).ToContainTextAsync("after the freeze");
        await engineer.Page.Locator("#agree-plan").ClickAsync();
        await Expect(engineer.Page.Locator("#plan-status")).ToHaveTextAsync("Agreed");

        // The manager approves.
        await page.GotoAsync(planUrl);
        await page.Locator("#approve-plan").ClickAsync();
        await Expect(page.Locator("#plan-status")).ToHaveTextAsync("Approved");

        // The team's exports download.
        await page.Locator("#nav-plans").ClickAsync();
        var csv = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export-team-csv").ClickAsync());
        Assert.EndsWith(".csv", csv.SuggestedFilename, StringComparison.Ordinal);
        var csvBytes = await File.ReadAllBytesAsync(await csv.PathAsync());
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csvBytes[..3]);
        Assert.Contains("change review", System.Text.Encoding.UTF8.GetString(csvBytes), StringComparison.Ordinal);
        var xlsx = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export-team-xlsx").ClickAsync());
        Assert.EndsWith(".xlsx", xlsx.SuggestedFilename, StringComparison.Ordinal);
        var xlsxBytes = await File.ReadAllBytesAsync(await xlsx.PathAsync());
        Assert.Equal("PK"u8.ToArray(), xlsxBytes[..2]);

        manager.AssertCleanRun();
        engineer.AssertCleanRun();
    }

    [Fact]
    public async Task The_printable_plan_renders_the_Markdown_and_prints_without_inline_script()
    {
        var manager = await SignInAsync("中村 由美");
        var page = manager.Page;
        await page.GotoAsync("/plans");
        await page.Locator("#team-print").ClickAsync();
        await Expect(page.Locator("#plan-document h1")).ToBeVisibleAsync();
        Assert.True(await page.Locator("#plan-document h3").CountAsync() >= 5);
        await Expect(page.Locator("#print-document")).ToBeVisibleAsync();
        manager.AssertCleanRun();
    }
}
