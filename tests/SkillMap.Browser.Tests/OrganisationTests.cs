using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SkillMap.Browser.Tests;

public sealed class OrganisationTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    static OrganisationTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private async Task<BrowserPage> SignInAsync(string person, string language)
    {
        var browser = await app.NewPageAsync(language);
        await browser.Page.GotoAsync("/demo/signin");
        await browser.Page.Locator("button.demo-person", new() { HasText = person }).ClickAsync();
        return browser;
    }

    [Fact]
    public async Task An_admin_on_a_phone_creates_a_team_adds_a_person_and_imports_a_Shift_JIS_file()
    {
        var admin = await SignInAsync("山本 健一", "ja");
        var page = admin.Page;
        await page.SetViewportSizeAsync(390, 844);

        await page.ClickNavAsync("#nav-teams-people");
        await page.Locator("#new-team-name").FillAsync("オンコール改善チーム");
        await page.Locator("#create-team-submit").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("オンコール改善チーム");
        await Expect(page.Locator("#status-message")).ToBeVisibleAsync();

        // Add a person with the keyboard only.
        await page.Locator("#add-person").First.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#person-email").FillAsync("ｈａｎａ．ｍｏｒｉ＠ｅｘａｍｐｌｅ．ｃｏｍ");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("森 花");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("もり はな");
        await page.Locator("#create-person").PressAsync("Enter");
        await Expect(page.Locator("h1")).ToHaveTextAsync("森 花");
        await Expect(page.Locator("#person-email")).ToHaveValueAsync("hana.mori@example.com");
        await Expect(page.Locator("#invitation-link")).ToBeVisibleAsync();

        // The people list fits the phone's width.
        await page.GotoAsync("/admin/people");
        await page.AssertFitsScreenAsync("the people page");

        // Import a file saved by Japanese Excel (Shift_JIS): preview, then apply.
        await page.GotoAsync("/admin/organisation/import");
        var csv = "email,employee_number,display_name,name_reading,team,parent_unit,role,language,manages\r\n" +
                  "kou.takahashi@example.com,０１２３,髙橋 浩,ﾀｶﾊｼ ｺｳ,オンコール改善チーム,インフラ本部/運用部,member,ja,\r\n";
        await page.Locator("#import-file").SetInputFilesAsync(new FilePayload { Name = "組織.csv", MimeType = "text/csv", Buffer = Encoding.GetEncoding(932).GetBytes(csv) });
        await page.Locator("#import-preview").ClickAsync();
        await Expect(page.Locator("#import-encoding")).ToContainTextAsync("Shift_JIS");
        await Expect(page.Locator("#people-changes tbody")).ToContainTextAsync("髙橋 浩");
        await Expect(page.Locator("#new-units")).ToContainTextAsync("インフラ本部/運用部");
        await page.Locator("#apply-import-submit").ClickAsync();
        await Expect(page.Locator("#status-message")).ToContainTextAsync("追加 1 人");

        admin.AssertCleanRun();
    }

    [Fact]
    public async Task A_member_downloads_their_data_from_the_navigation()
    {
        var member = await SignInAsync("Daniel Park", "en");
        var page = member.Page;

        await page.ClickNavAsync("#nav-my-data");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#download-my-data").ClickAsync());

        Assert.EndsWith(".json", download.SuggestedFilename, StringComparison.Ordinal);
        var json = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Contains("\"displayName\": \"Daniel Park\"", json, StringComparison.Ordinal);
        member.AssertCleanRun();
    }
}
