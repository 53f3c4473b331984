namespace SkillMap.Browser.Tests;

public sealed class OperationsTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Theory]
    [InlineData("en", "Metrics", "Requests by route")]
    [InlineData("ja", "メトリクス", "ルート別リクエスト")]
    public async Task An_admin_reads_the_metrics_page_from_the_header_on_a_phone(string language, string link, string caption)
    {
        var browser = await app.NewPageAsync(language);
        var page = browser.Page;
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/demo/signin");
        await page.Locator("button.demo-person", new() { HasText = "山本 健一" }).ClickAsync();
        // The demo admin's own language is Japanese; the header's switch picks the one under test.
        await page.ClickNavAsync($".language-switch a[hreflang='{language}']");

        await page.ClickNavAsync("#nav-metrics", link);

        Assert.EndsWith("/admin/metrics", page.Url);
        Assert.Equal(caption, await page.Locator("#metrics-routes caption").InnerTextAsync());
        Assert.True(await page.Locator("#metrics-routes tbody tr[data-route]").CountAsync() > 0);
        Assert.True(await page.Locator("#metrics-counters tbody tr").CountAsync() >= 5);
        if (Environment.GetEnvironmentVariable("SKILLMAP_SCREENSHOTS") is { Length: > 0 } folder)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"metrics-{language}.png"), FullPage = true });
        }
        await page.AssertFitsScreenAsync("the metrics page");
        browser.AssertCleanRun();
    }
}
