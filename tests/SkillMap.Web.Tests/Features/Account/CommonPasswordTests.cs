using System.Net;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Account;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features.Account;

/// <summary>The passwords attackers try first are refused wherever a password is chosen (OWASP ASVS 6.2.4).</summary>
public sealed class CommonPasswordTests
{
    private const string English = "This password is on a list of common passwords that attackers try first.";
    private const string Japanese = "よく使われるパスワードの一覧に載っているため使えません";

    [Theory]
    [InlineData("1qaz2wsx3edc")]
    [InlineData("Password1234")]
    [InlineData("ＱＷＥＲＴＹ１２３４５６")]
    public async Task Setup_refuses_a_common_password_with_a_message_and_creates_nothing(string password)
    {
        using var app = TestAccounts.Production();
        var client = app.CreateBrowserClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var setup = await client.GetPageAsync("/setup");

        var response = await client.SubmitAsync(setup.Form("#setup-form"), "/setup",
            [new("Input.DisplayName", "Yamada Taro"), new("Input.Email", "taro@example.jp"), new("Input.Password", password), new("Input.ConfirmPassword", password)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(English, (await Html.ParseAsync(response)).Text("#error-summary"));
        Assert.Equal(0, await new TestOrganisation(app.Service<Db>()).ScalarAsync<long>("SELECT COUNT(*) FROM Person"));
    }

    [Fact]
    public async Task An_invited_person_choosing_a_common_password_is_told_in_Japanese_and_the_link_still_works()
    {
        using var app = TestAccounts.Production();
        await app.PersonAsync("Root Admin", "root@example.jp", role: "admin");
        var mei = await app.PersonAsync("加藤 芽衣", "mei@example.jp", password: null, language: "ja");
        var admin = await app.SignedInAsync("root@example.jp");
        var invitePage = await admin.GetPageAsync($"/admin/people/{mei}/invitation");
        var created = await Html.ParseAsync(await admin.SubmitAsync(invitePage.Form("#invite-form"), $"/admin/people/{mei}/invitation"));
        var link = new Uri(((AngleSharp.Html.Dom.IHtmlInputElement)created.QuerySelector("#invitation-link")!).Value).PathAndQuery;
        var invitee = app.CreateBrowserClient();
        invitee.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ja");

        var page = await invitee.GetPageAsync(link);
        var refused = await invitee.SubmitAsync(page.Form("#set-password-form"), link, [new("Input.Password", "qwerty123456"), new("Input.ConfirmPassword", "qwerty123456")]);
        var again = await invitee.GetPageAsync(link);
        var accepted = await invitee.SubmitAsync(again.Form("#set-password-form"), link, [new("Input.Password", "夏の朝に運用手順を書き直す"), new("Input.ConfirmPassword", "夏の朝に運用手順を書き直す")]);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(Japanese, (await Html.ParseAsync(refused)).Text("#error-summary"));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal("加藤 芽衣", await invitee.WhoAmIAsync());
    }

    [Fact]
    public async Task Changing_to_a_common_password_keeps_the_old_one()
    {
        using var app = TestAccounts.Production("Authentication:Password:MinimumLength=8");
        await app.PersonAsync("Aiko Sato", "aiko@example.jp");
        var client = await app.SignedInAsync("aiko@example.jp");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var page = await client.GetPageAsync("/account/password");

        var response = await client.SubmitAsync(page.Form("#password-form"), "/account/password",
            [new("Input.CurrentPassword", TestAccounts.Password), new("Input.Password", "baseball"), new("Input.ConfirmPassword", "baseball")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(English, (await Html.ParseAsync(response)).Text("#error-summary"));
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowserClient().SignInWithPasswordAsync("aiko@example.jp")).StatusCode);
        Assert.NotEqual(HttpStatusCode.Redirect, (await app.CreateBrowserClient().SignInWithPasswordAsync("aiko@example.jp", "baseball")).StatusCode);
    }

    [Fact]
    public void The_shipped_list_holds_ten_thousand_passwords_a_length_rule_alone_would_let_through()
    {
        Assert.Equal(10_000, CommonPasswords.Count);
        Assert.True(CommonPasswords.Contains("iloveyou"));
        Assert.True(CommonPasswords.Contains("ILoveYou"));
        Assert.False(CommonPasswords.Contains(TestAccounts.Password));
        Assert.False(CommonPasswords.Contains("夏の朝に運用手順を書き直す"));
    }
}
