using System.Net;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features.Account;

public sealed class PasswordChangeTests
{
    private static async Task<HttpResponseMessage> ChangeAsync(HttpClient client, string current, string next)
    {
        var page = await client.GetPageAsync("/account/password");
        return await client.SubmitAsync(page.Form("#password-form"), "/account/password",
            [new("Input.CurrentPassword", current), new("Input.Password", next), new("Input.ConfirmPassword", next)]);
    }

    [Fact]
    public async Task A_person_changes_their_password_keeps_this_session_and_ends_the_others()
    {
        using var app = TestAccounts.Production();
        await app.PersonAsync("Aiko Sato", "aiko@example.jp");
        var laptop = await app.SignedInAsync("aiko@example.jp");
        var phone = await app.SignedInAsync("aiko@example.jp");
        Assert.NotNull((await laptop.GetPageAsync("/")).QuerySelector("#nav-password"));

        var response = await ChangeAsync(laptop, TestAccounts.Password, "a completely new passphrase");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Aiko Sato", await laptop.WhoAmIAsync());
        Assert.Null(await phone.WhoAmIAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowserClient().SignInWithPasswordAsync("aiko@example.jp", "a completely new passphrase")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_current_password_changes_nothing()
    {
        using var app = TestAccounts.Production();
        await app.PersonAsync("Aiko Sato", "aiko@example.jp");
        var client = await app.SignedInAsync("aiko@example.jp");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var response = await ChangeAsync(client, "not my password", "a completely new passphrase");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The current password is not right.", (await Html.ParseAsync(response)).Text("#error-summary"));
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowserClient().SignInWithPasswordAsync("aiko@example.jp")).StatusCode);
    }

    [Fact]
    public async Task Demo_sessions_have_no_password_to_change()
    {
        using var app = new SkillMapFactory();
        var client = app.CreateBrowserClient();
        var name = await new TestOrganisation(app.Service<SkillMap.Web.Data.Db>()).ScalarAsync<string>("SELECT MIN(DisplayName) FROM Person WHERE Role = 'member'");
        await client.SignInAsAsync(name);

        var page = await client.GetPageAsync("/account/password");

        Assert.NotNull(page.QuerySelector("#no-password"));
        Assert.Null(page.QuerySelector("#password-form"));
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowserClient().GetAsync("/account/password")).StatusCode);
    }
}
