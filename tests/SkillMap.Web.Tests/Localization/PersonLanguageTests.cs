using System.Globalization;
using System.Text.RegularExpressions;
using SkillMap.Web.Data;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Localization;

public sealed class PersonLanguageTests
{
    [Fact]
    public async Task Signing_in_applies_the_persons_stored_language_over_the_browsers()
    {
        using var app = new SkillMapFactory();
        var client = app.CreateBrowserClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        await client.SignInAsAsync("山本 健一", useStoredLanguage: true);
        var home = await client.GetPageAsync("/");

        Assert.Equal("ja", home.DocumentElement.GetAttribute("lang"));
        Assert.Equal("スキルモデル", home.Text("#nav-skill-model"));
    }

    [Fact]
    public async Task The_switch_is_remembered_for_the_person_on_their_next_sign_in_elsewhere()
    {
        using var app = new SkillMapFactory();
        var laptop = app.CreateBrowserClient();
        await laptop.SignInAsAsync("佐藤 美咲", useStoredLanguage: true);
        await laptop.GetAsync("/language/en?returnUrl=/");

        var phone = app.CreateBrowserClient();
        phone.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ja");
        await phone.SignInAsAsync("佐藤 美咲", useStoredLanguage: true);
        var home = await phone.GetPageAsync("/");

        Assert.Equal("en", await new TestOrganisation(app.Service<Db>()).ScalarAsync<string>("SELECT Language FROM Person WHERE DisplayName = '佐藤 美咲'"));
        Assert.Equal("en", home.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ja", await new TestOrganisation(app.Service<Db>()).ScalarAsync<string>("SELECT Language FROM Person WHERE DisplayName = '鈴木 大輔'"));
    }

    [Fact]
    public async Task Switching_while_signed_out_changes_nobody()
    {
        using var app = new SkillMapFactory();
        var before = await new TestOrganisation(app.Service<Db>()).QueryAsync<string>("SELECT Language FROM Person ORDER BY Id");

        await app.CreateBrowserClient().GetAsync("/language/en");

        Assert.Equal(before, await new TestOrganisation(app.Service<Db>()).QueryAsync<string>("SELECT Language FROM Person ORDER BY Id"));
    }

    [Theory]
    [InlineData("ja", @"\d{4}年\d{1,2}月\d{1,2}日")]
    [InlineData("en", @"(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}")]
    public async Task Dates_are_written_in_the_readers_culture(string language, string pattern)
    {
        using var app = new SkillMapFactory();
        var client = app.CreateBrowserClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        await client.SignInAsAsync("山本 健一");

        var page = await client.GetPageAsync("/admin/model");

        Assert.Matches(pattern, page.QuerySelector("#model-versions tr[data-version='1'] td:last-child")!.TextContent);
    }

    [Theory]
    [InlineData("ja", "en")]
    [InlineData("en", "ja")]
    public async Task Model_texts_are_in_the_readers_language_with_the_other_one_a_click_away(string language, string other)
    {
        using var app = new SkillMapFactory();
        var client = app.CreateBrowserClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        await client.SignInAsAsync("山本 健一");
        var japanese = new Regex(@"\p{IsHiragana}|\p{IsCJKUnifiedIdeographs}");

        var page = await client.GetPageAsync("/admin/model/1");
        var first = page.QuerySelector("#model-items li")!;

        Assert.Equal(language == "ja", japanese.IsMatch(first.QuerySelector(".item-statement")!.TextContent));
        var details = first.QuerySelector("details.other-language")!;
        Assert.Equal(other, details.GetAttribute("lang"));
        Assert.Equal(other == "ja", japanese.IsMatch(details.QuerySelector("p")!.TextContent));
        Assert.False(details.HasAttribute("open"));
    }
}
