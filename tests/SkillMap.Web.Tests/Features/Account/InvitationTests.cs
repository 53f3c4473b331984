using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Account;
using SkillMap.Web.Features.Mail;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features.Account;

public sealed class InvitationTests
{
    private static async Task<HttpResponseMessage> InviteAsync(HttpClient admin, int personId)
    {
        var page = await admin.GetPageAsync($"/admin/people/{personId}/invitation");
        return await admin.SubmitAsync(page.Form("#invite-form"), $"/admin/people/{personId}/invitation");
    }

    private static async Task<string> LinkPathAsync(HttpResponseMessage created)
    {
        var page = await Html.ParseAsync(created);
        return new Uri(((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#invitation-link")!).Value).PathAndQuery;
    }

    private static async Task<HttpResponseMessage> SetPasswordAsync(HttpClient client, string linkPath, string password = TestAccounts.Password)
    {
        var page = await client.GetPageAsync(linkPath);
        return await client.SubmitAsync(page.Form("#set-password-form"), linkPath, [new("Input.Password", password), new("Input.ConfirmPassword", password)]);
    }

    [Fact]
    public async Task Without_mail_an_admin_sees_the_link_once_and_the_invitee_sets_a_password_with_it_once()
    {
        using var app = TestAccounts.Production();
        await app.PersonAsync("Root Admin", "root@example.jp", role: "admin");
        var mei = await app.PersonAsync("Mei Kato", "mei@example.jp", password: null);
        var admin = await app.SignedInAsync("root@example.jp");

        var created = await InviteAsync(admin, mei);
        var link = await LinkPathAsync(created);
        var invitee = app.CreateBrowserClient();
        var accepted = await SetPasswordAsync(invitee, link, "a brand new passphrase");

        Assert.StartsWith("/account/invitation/", link);
        Assert.Null((await admin.GetPageAsync($"/admin/people/{mei}/invitation")).QuerySelector("#invitation-link"));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal("Mei Kato", await invitee.WhoAmIAsync());
        Assert.NotNull((await app.CreateBrowserClient().GetPageAsync(link)).QuerySelector("#link-invalid"));
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowserClient().SignInWithPasswordAsync("mei@example.jp", "a brand new passphrase")).StatusCode);
        var stored = await new TestOrganisation(app.Service<Db>()).QueryAsync<string>("SELECT TokenHash FROM AccountToken");
        var token = link.Split('/').Last();
        Assert.Equal([AccountTokens.Hash(token)], stored);
        Assert.DoesNotContain(token, stored);
    }

    [Fact]
    public async Task A_used_link_cannot_be_used_twice_even_when_both_tabs_post_at_once()
    {
        using var app = TestAccounts.Production();
        await app.PersonAsync("Root Admin", "root@example.jp", role: "admin");
        var mei = await app.PersonAsync("Mei Kato", "mei@example.jp", password: null);
        var link = await LinkPathAsync(await InviteAsync(await app.SignedInAsync("root@example.jp"), mei));
        var tabs = new[] { app.CreateBrowserClient(), app.CreateBrowserClient() };
        var forms = new List<AngleSharp.Html.Dom.IHtmlFormElement>();
        foreach (var tab in tabs)
        {
            forms.Add((await tab.GetPageAsync(link)).Form("#set-password-form"));
        }

        var responses = await Task.WhenAll(tabs.Select((tab, i) =>
            tab.SubmitAsync(forms[i], link, [new("Input.Password", $"passphrase number {i}"), new("Input.ConfirmPassword", $"passphrase number {i}")])));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        var winner = Array.FindIndex(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowserClient().SignInWithPasswordAsync("mei@example.jp", $"passphrase number {winner}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateBrowserClient().SignInWithPasswordAsync("mei@example.jp", $"passphrase number {1 - winner}")).StatusCode);
    }

    [Fact]
    public async Task A_link_expires_and_a_newer_link_replaces_an_older_one()
    {
        var clock = new ManualClock();
        using var app = TestAccounts.Production(services => services.AddSingleton<TimeProvider>(clock), "Authentication:Invitation:Hours=48");
        await app.PersonAsync("Root Admin", "root@example.jp", role: "admin");
        var mei = await app.PersonAsync("Mei Kato", "mei@example.jp", password: null);
        var ken = await app.PersonAsync("Ken Ito", "ken@example.jp", password: null);
        var admin = await app.SignedInAsync("root@example.jp");

        var first = await LinkPathAsync(await InviteAsync(admin, mei));
        var second = await LinkPathAsync(await InviteAsync(admin, mei));
        var kens = await LinkPathAsync(await InviteAsync(admin, ken));

        Assert.NotNull((await app.CreateBrowserClient().GetPageAsync(first)).QuerySelector("#link-invalid"));
        Assert.NotNull((await app.CreateBrowserClient().GetPageAsync(second)).QuerySelector("#set-password-form"));
        clock.Advance(TimeSpan.FromHours(49));
        Assert.NotNull((await app.CreateBrowserClient().GetPageAsync(kens)).QuerySelector("#link-invalid"));
    }

    [Fact]
    public async Task A_manager_invites_only_new_members_of_their_own_teams()
    {
        using var app = TestAccounts.Production();
        var org = new TestOrganisation(app.Service<Db>());
        var ops = await org.TeamAsync("Ops");
        var sre = await org.TeamAsync("SRE");
        var manager = await app.PersonAsync("Manager Mori", "mori@example.jp", role: "manager");
        await org.ManagerAsync(ops, manager);
        var newcomer = await app.PersonAsync("New Member", "new@example.jp", teamId: ops, password: null);
        var settled = await app.PersonAsync("Settled Member", "settled@example.jp", teamId: ops);
        var otherTeam = await app.PersonAsync("Other Team", "other@example.jp", teamId: sre, password: null);
        var colleague = await app.PersonAsync("Team Admin", "tadmin@example.jp", role: "admin", teamId: ops, password: null);
        var member = await app.PersonAsync("Plain Member", "plain@example.jp", teamId: ops);
        var client = await app.SignedInAsync("mori@example.jp");

        var created = await InviteAsync(client, newcomer);
        Assert.StartsWith("/account/invitation/", await LinkPathAsync(created));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/admin/people/{otherTeam}/invitation")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/admin/people/99999/invitation")).StatusCode);
        Assert.NotNull((await client.GetPageAsync($"/admin/people/{settled}/invitation")).QuerySelector("#invite-admin-only"));
        Assert.NotNull((await client.GetPageAsync($"/admin/people/{colleague}/invitation")).QuerySelector("#invite-admin-only"));
        var memberClient = await app.SignedInAsync("plain@example.jp");
        Assert.Equal(HttpStatusCode.NotFound, (await memberClient.GetAsync($"/admin/people/{newcomer}/invitation")).StatusCode);
        Assert.Null(await app.InScopeAsync(s => s.GetRequiredService<Invitations>().CreateLinkAsync(colleague, manager)));
        Assert.Null(await app.InScopeAsync(s => s.GetRequiredService<Invitations>().CreateLinkAsync(newcomer, member)));
        Assert.Equal(1, await org.ScalarAsync<long>("SELECT COUNT(*) FROM AccountToken"));
    }

    [Fact]
    public async Task A_manager_cannot_post_an_invitation_for_someone_only_an_admin_may_invite()
    {
        using var app = TestAccounts.Production();
        var org = new TestOrganisation(app.Service<Db>());
        var ops = await org.TeamAsync("Ops");
        var manager = await app.PersonAsync("Manager Mori", "mori@example.jp", role: "manager");
        await org.ManagerAsync(ops, manager);
        var newcomer = await app.PersonAsync("New Member", "new@example.jp", teamId: ops, password: null);
        var settled = await app.PersonAsync("Settled Member", "settled@example.jp", teamId: ops);
        var client = await app.SignedInAsync("mori@example.jp");
        var form = (await client.GetPageAsync($"/admin/people/{newcomer}/invitation")).Form("#invite-form");

        var response = await client.SubmitAsync(form, $"/admin/people/{settled}/invitation");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null((await Html.ParseAsync(response)).QuerySelector("#invitation-link"));
        Assert.Equal(0, await org.ScalarAsync<long>("SELECT COUNT(*) FROM AccountToken"));
    }

    [Fact]
    public async Task With_mail_configured_the_invitation_is_mailed_in_the_invitees_language_and_not_shown()
    {
        var mail = new FakeMail();
        using var app = TestAccounts.Production(services => services.AddSingleton<IMailSender>(mail));
        await app.PersonAsync("Root Admin", "root@example.jp", role: "admin");
        var mei = await app.PersonAsync("加藤 芽衣", "mei@example.jp", password: null, language: "ja");
        var admin = await app.SignedInAsync("root@example.jp");

        var created = await Html.ParseAsync(await InviteAsync(admin, mei));
        var sent = Assert.Single(mail.Sent);
        var accepted = await SetPasswordAsync(app.CreateBrowserClient(), FakeMail.LinkPath(sent));

        Assert.NotNull(created.QuerySelector("#invitation-mailed"));
        Assert.Null(created.QuerySelector("#invitation-link"));
        Assert.Equal("mei@example.jp", sent.To);
        Assert.Equal("SkillMap への招待", sent.Subject);
        Assert.StartsWith("https://localhost/account/invitation/", sent.Body.Split('\n').Single(l => l.StartsWith("https://", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
    }

    [Fact]
    public async Task Tokens_and_passwords_never_reach_the_logs()
    {
        var logs = new LogCapture();
        var mail = new FakeMail();
        using var app = TestAccounts.Production(services =>
        {
            services.AddSingleton<ILoggerProvider>(logs);
            services.AddSingleton<IMailSender>(mail);
        }, "Logging:LogLevel:SkillMap=Trace");
        await app.PersonAsync("Root Admin", "root@example.jp", role: "admin");
        var mei = await app.PersonAsync("Mei Kato", "mei@example.jp", password: null);
        var admin = await app.SignedInAsync("root@example.jp");
        await InviteAsync(admin, mei);
        var invitation = FakeMail.LinkPath(Assert.Single(mail.Sent));
        await SetPasswordAsync(app.CreateBrowserClient(), invitation, "the invitees secret phrase");
        var requester = app.CreateBrowserClient();
        var reset = (await requester.GetPageAsync("/account/reset")).Form("#reset-form");
        await requester.SubmitAsync(reset, "/account/reset", [new("Input.Email", "mei@example.jp")]);

        var resetLink = FakeMail.LinkPath(await mail.WaitForAsync("mei@example.jp", count: 2));
        await SetPasswordAsync(app.CreateBrowserClient(), resetLink, "the second secret phrase");

        Assert.Contains(logs.Lines, l => l.Contains("Mail sent", StringComparison.Ordinal) || l.Contains("SkillMap", StringComparison.Ordinal));
        foreach (var secret in new[] { invitation.Split('/').Last(), resetLink.Split('/').Last(), "secret phrase", TestAccounts.Password })
        {
            Assert.DoesNotContain(logs.Lines, l => l.Contains(secret, StringComparison.Ordinal));
        }
    }
}
