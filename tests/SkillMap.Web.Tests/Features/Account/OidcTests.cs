using System.Net;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using SkillMap.Web.Data;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features.Account;

public sealed class OidcTests : IAsyncLifetime
{
    private StubIssuer issuer = null!;

    public async ValueTask InitializeAsync() => issuer = await StubIssuer.StartAsync();

    public ValueTask DisposeAsync() => issuer.DisposeAsync();

    private SkillMapFactory App(params string[] settings) =>
        TestAccounts.Production(
            services => services.Configure<OpenIdConnectOptions>("oidc", options => options.BackchannelHttpHandler = issuer.Handler),
            [.. StubIssuer.Settings, .. settings]);

    /// <summary>Clicks "Sign in with Stub ID", lets the provider vouch for the identity, and posts back to SkillMap.</summary>
    private async Task<HttpResponseMessage> SignInAsync(HttpClient client, StubIssuer.Identity identity)
    {
        var page = await client.GetPageAsync("/signin");
        var challenge = await client.SubmitAsync(page.Form("#oidc-form"), "/signin");
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        Assert.StartsWith(StubIssuer.Issuer + "/authorize", challenge.Headers.Location!.ToString());
        var (callback, form) = issuer.Approve(challenge.Headers.Location!, identity);
        return await client.PostAsync(callback, new FormUrlEncodedContent(form));
    }

    [Fact]
    public async Task The_first_sign_in_links_an_invited_person_by_a_verified_email_and_later_ones_by_subject()
    {
        using var app = App();
        var mei = await app.PersonAsync("Mei Kato", "mei@example.jp", password: null);

        var client = app.CreateBrowserClient();
        var first = await SignInAsync(client, new("subject-mei", "MEI@example.jp", true));
        var later = app.CreateBrowserClient();
        var second = await SignInAsync(later, new("subject-mei", "mei.kato@new-domain.example", false));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("/", first.Headers.Location?.OriginalString);
        Assert.Equal("Mei Kato", await client.WhoAmIAsync());
        Assert.Equal("Mei Kato", await later.WhoAmIAsync());
        var links = await new TestOrganisation(app.Service<Db>()).QueryAsync<(string Issuer, string Subject, long PersonId)>("SELECT Issuer, Subject, PersonId FROM ExternalLogin");
        Assert.Equal([(StubIssuer.Issuer, "subject-mei", (long)mei)], links);
        var audit = await new TestOrganisation(app.Service<Db>()).QueryAsync<string>("SELECT Action FROM AuditEntry ORDER BY Id");
        Assert.Equal(["externallogin.linked", "signin.succeeded", "signin.succeeded"], audit);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(null)]
    public async Task An_email_the_provider_does_not_vouch_for_never_opens_an_account(bool? verified)
    {
        using var app = App();
        await app.PersonAsync("Root Admin", "root@example.jp", role: "admin");

        var client = app.CreateBrowserClient();
        var response = await SignInAsync(client, new("attacker", "root@example.jp", verified));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/signin?failed=oidc", response.Headers.Location?.OriginalString);
        Assert.Null(await client.WhoAmIAsync());
        Assert.NotNull((await client.GetPageAsync("/signin?failed=oidc")).QuerySelector("#oidc-failed"));
        var org = new TestOrganisation(app.Service<Db>());
        Assert.Equal(0, await org.ScalarAsync<long>("SELECT COUNT(*) FROM ExternalLogin"));
        Assert.Equal(["signin.failed"], await org.QueryAsync<string>("SELECT Action FROM AuditEntry"));
    }

    [Fact]
    public async Task A_second_subject_with_the_same_verified_email_cannot_take_over_a_linked_person()
    {
        using var app = App();
        await app.PersonAsync("Mei Kato", "mei@example.jp", password: null);
        await SignInAsync(app.CreateBrowserClient(), new("subject-mei", "mei@example.jp", true));

        var client = app.CreateBrowserClient();
        var response = await SignInAsync(client, new("subject-recycled-address", "mei@example.jp", true));

        Assert.Equal("/signin?failed=oidc", response.Headers.Location?.OriginalString);
        Assert.Null(await client.WhoAmIAsync());
    }

    [Fact]
    public async Task Unknown_and_deactivated_people_are_refused()
    {
        using var app = App();
        var ken = await app.PersonAsync("Ken Ito", "ken@example.jp", password: null);
        await SignInAsync(app.CreateBrowserClient(), new("subject-ken", "ken@example.jp", true));
        await new TestOrganisation(app.Service<Db>()).ExecuteAsync("UPDATE Person SET DeactivatedAt = @now WHERE Id = @ken", new { now = DateTime.UtcNow, ken });

        var stranger = await SignInAsync(app.CreateBrowserClient(), new("subject-stranger", "stranger@example.jp", true));
        var deactivated = await SignInAsync(app.CreateBrowserClient(), new("subject-ken", "ken@example.jp", true));

        Assert.Equal("/signin?failed=oidc", stranger.Headers.Location?.OriginalString);
        Assert.Equal("/signin?failed=oidc", deactivated.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_token_from_another_issuer_is_refused()
    {
        using var app = App();
        await app.PersonAsync("Mei Kato", "mei@example.jp", password: null);

        var client = app.CreateBrowserClient();
        var response = await SignInAsync(client, new("subject-mei", "mei@example.jp", true, Issuer: "https://evil.example"));

        Assert.Equal("/signin?failed=oidc", response.Headers.Location?.OriginalString);
        Assert.Null(await client.WhoAmIAsync());
    }

    [Fact]
    public async Task With_local_sign_in_switched_off_only_the_provider_signs_people_in()
    {
        using var app = App("Authentication:LocalSignIn:Enabled=false");
        await app.PersonAsync("Aiko Sato", "aiko@example.jp");
        var client = app.CreateBrowserClient();

        var page = await client.GetPageAsync("/signin");
        var form = page.Form("#oidc-form");
        var post = await client.PostAsync("/signin", new FormUrlEncodedContent(
            [.. form.Fields().Where(f => f.Key == "__RequestVerificationToken"), new("Input.Email", "aiko@example.jp"), new("Input.Password", TestAccounts.Password)]));

        Assert.Null(page.QuerySelector("#sign-in-form"));
        Assert.Contains("Stub ID", page.Text("#sign-in-oidc"));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Null(await client.WhoAmIAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/account/reset")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(client, new("subject-aiko", "aiko@example.jp", true))).StatusCode);
        Assert.Equal("Aiko Sato", await client.WhoAmIAsync());
    }

    [Fact]
    public void Switching_off_local_sign_in_without_a_provider_refuses_to_start()
    {
        using var app = TestAccounts.Production("Authentication:LocalSignIn:Enabled=false");

        Assert.ThrowsAny<Exception>(() => app.CreateClient());
    }
}
