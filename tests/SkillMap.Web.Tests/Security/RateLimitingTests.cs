using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Security;

public sealed class RateLimitingTests
{
    private static SkillMapFactory App(params string[] settings) =>
        TestAccounts.Production(services => services.AddSingleton<IStartupFilter, ClientAddress>(), settings);

    [Fact]
    public async Task Too_many_sign_in_posts_from_one_address_get_429_with_Retry_After_and_other_addresses_go_on()
    {
        using var app = App("RateLimits:Account:PermitLimit=3", "RateLimits:Account:WindowSeconds=120");
        await app.PersonAsync("Aiko Sato", "aiko@example.jp");
        var attacker = ClientAddress.From(app.CreateBrowserClient(), "203.0.113.7");
        attacker.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await attacker.SignInWithPasswordAsync("aiko@example.jp", "guess number " + i)).StatusCode);
        }
        var limited = await attacker.SignInWithPasswordAsync("aiko@example.jp");
        var elsewhere = await ClientAddress.From(app.CreateBrowserClient(), "198.51.100.9").SignInWithPasswordAsync("aiko@example.jp");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        var retryAfter = int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 120);
        Assert.Contains("Too many attempts", await limited.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, elsewhere.StatusCode);
    }

    [Theory]
    [InlineData("/account/reset")]
    [InlineData("/account/invitation/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("/setup")]
    public async Task Invitation_reset_and_setup_posts_are_limited_per_address(string url)
    {
        using var app = App("RateLimits:Account:PermitLimit=2");
        var client = ClientAddress.From(app.CreateBrowserClient(), "203.0.113.8");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await client.PostAsync(url, new FormUrlEncodedContent([]))).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[2]);
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses[..2]);
    }

    [Fact]
    public async Task Other_posts_are_counted_per_person_so_colleagues_behind_one_address_are_not_locked_out()
    {
        using var app = App("RateLimits:Posts:PermitLimit=3", "RateLimits:Account:PermitLimit=100");
        await app.PersonAsync("Aiko Sato", "aiko@example.jp");
        await app.PersonAsync("Ken Ito", "ken@example.jp");
        var aiko = ClientAddress.From(await app.SignedInAsync("aiko@example.jp"), "192.0.2.1");
        var ken = ClientAddress.From(await app.SignedInAsync("ken@example.jp"), "192.0.2.1");

        async Task<HttpStatusCode> PostAsync(HttpClient client)
        {
            var token = (await client.GetPageAsync("/")).Form("form.sign-out").Fields().Single(f => f.Key == "__RequestVerificationToken");
            return (await client.PostAsync("/rounds/999/self", new FormUrlEncodedContent([token]))).StatusCode;
        }

        var aikos = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            aikos.Add(await PostAsync(aiko));
        }
        var kens = await PostAsync(ken);

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, aikos[..3]);
        Assert.Equal(HttpStatusCode.TooManyRequests, aikos[3]);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, kens);
    }

    [Fact]
    public async Task Probes_and_pages_that_are_only_read_are_never_limited()
    {
        using var app = App("RateLimits:Posts:PermitLimit=1", "RateLimits:Account:PermitLimit=1");
        var client = app.CreateBrowserClient();

        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/signin")).StatusCode);
        }
    }
}
