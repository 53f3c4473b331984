using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Mail;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features.Account;

public sealed class PasswordResetTests
{
    private static async Task<string> RequestAsync(SkillMapFactory app, string email)
    {
        var client = app.CreateBrowserClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var form = (await client.GetPageAsync("/account/reset")).Form("#reset-form");
        var response = await client.SubmitAsync(form, "/account/reset", [new("Input.Email", email)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (await client.GetPageAsync(response.Headers.Location!.OriginalString)).Text("#status-message");
    }

    private static async Task<HttpResponseMessage> SetPasswordAsync(HttpClient client, string linkPath, string password)
    {
        var page = await client.GetPageAsync(linkPath);
        return await client.SubmitAsync(page.Form("#set-password-form"), linkPath, [new("Input.Password", password), new("Input.ConfirmPassword", password)]);
    }

    [Fact]
    public async Task A_reset_answers_the_same_for_any_address_and_mails_only_the_owner()
    {
        var mail = new FakeMail();
        using var app = TestAccounts.Production(services => services.AddSingleton<IMailSender>(mail));
        await app.PersonAsync("Aiko Sato", "aiko@example.jp");

        var known = await RequestAsync(app, "AIKO@example.jp");
        var unknown = await RequestAsync(app, "nobody@example.jp");
        await mail.WaitForAsync("aiko@example.jp");
        await Task.Delay(200);

        Assert.Equal(known, unknown);
        Assert.Equal(["aiko@example.jp"], mail.Sent.Select(m => m.To));
        Assert.Equal("Reset your SkillMap password", mail.Sent.Single().Subject);
    }

    [Fact]
    public async Task A_reset_link_sets_a_new_password_once_and_ends_sessions_that_used_the_old_one()
    {
        var mail = new FakeMail();
        using var app = TestAccounts.Production(services => services.AddSingleton<IMailSender>(mail));
        await app.PersonAsync("Aiko Sato", "aiko@example.jp");
        var oldSession = await app.SignedInAsync("aiko@example.jp");

        await RequestAsync(app, "aiko@example.jp");
        var link = FakeMail.LinkPath(await mail.WaitForAsync("aiko@example.jp"));
        var newSession = app.CreateBrowserClient();
        var reset = await SetPasswordAsync(newSession, link, "my new reset passphrase");

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal("Aiko Sato", await newSession.WhoAmIAsync());
        Assert.Null(await oldSession.WhoAmIAsync());
        Assert.Equal(HttpStatusCode.OK, (await app.CreateBrowserClient().SignInWithPasswordAsync("aiko@example.jp")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowserClient().SignInWithPasswordAsync("aiko@example.jp", "my new reset passphrase")).StatusCode);
        Assert.NotNull((await app.CreateBrowserClient().GetPageAsync(link)).QuerySelector("#link-invalid"));
    }

    [Fact]
    public async Task A_reset_link_expires_after_an_hour_by_default()
    {
        var mail = new FakeMail();
        var clock = new ManualClock();
        using var app = TestAccounts.Production(services =>
        {
            services.AddSingleton<IMailSender>(mail);
            services.AddSingleton<TimeProvider>(clock);
        });
        await app.PersonAsync("Aiko Sato", "aiko@example.jp");
        await RequestAsync(app, "aiko@example.jp");
        var link = FakeMail.LinkPath(await mail.WaitForAsync("aiko@example.jp"));

        clock.Advance(TimeSpan.FromMinutes(61));

        Assert.NotNull((await app.CreateBrowserClient().GetPageAsync(link)).QuerySelector("#link-invalid"));
    }

    [Fact]
    public async Task A_reset_also_unlocks_a_locked_account()
    {
        var mail = new FakeMail();
        using var app = TestAccounts.Production(services => services.AddSingleton<IMailSender>(mail), "Authentication:Lockout:MaxFailedAttempts=2");
        await app.PersonAsync("Aiko Sato", "aiko@example.jp");
        await app.CreateBrowserClient().SignInWithPasswordAsync("aiko@example.jp", "wrong one here");
        await app.CreateBrowserClient().SignInWithPasswordAsync("aiko@example.jp", "wrong two here");

        await RequestAsync(app, "aiko@example.jp");
        await SetPasswordAsync(app.CreateBrowserClient(), FakeMail.LinkPath(await mail.WaitForAsync("aiko@example.jp")), "my new reset passphrase");

        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowserClient().SignInWithPasswordAsync("aiko@example.jp", "my new reset passphrase")).StatusCode);
    }

    [Fact]
    public async Task Without_mail_the_reset_page_says_to_ask_an_admin()
    {
        using var app = TestAccounts.Production();

        var page = await app.CreateBrowserClient().GetPageAsync("/account/reset");

        Assert.NotNull(page.QuerySelector("#reset-ask-admin"));
        Assert.Null(page.QuerySelector("#reset-form"));
        Assert.Null((await app.CreateBrowserClient().GetPageAsync("/signin")).QuerySelector("#forgot-password"));
    }

    [Fact]
    public async Task Demo_people_get_no_reset_and_demo_mode_has_no_reset_page()
    {
        using var demo = new SkillMapFactory();
        Assert.Equal(HttpStatusCode.NotFound, (await demo.CreateBrowserClient().GetAsync("/account/reset")).StatusCode);

        var mail = new FakeMail();
        using var app = TestAccounts.Production(services => services.AddSingleton<IMailSender>(mail));
        var id = await app.PersonAsync("Demo Person", "demo@example.jp");
        await new TestOrganisation(app.Service<Db>()).ExecuteAsync("UPDATE Person SET IsDemo = 1 WHERE Id = @id", new { id });
        await RequestAsync(app, "demo@example.jp");
        await Task.Delay(300);
        Assert.Empty(mail.Sent);
    }
}
