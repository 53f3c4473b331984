using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Security;

public sealed class CookieTests
{
    private static string SetCookie(HttpResponseMessage response, string name) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(name + "=", StringComparison.Ordinal)).ToLowerInvariant();

    [Fact]
    public async Task Outside_Development_the_sign_in_cookie_is_host_only_secure_HttpOnly_and_SameSite_Lax()
    {
        using var app = TestAccounts.Production();
        await app.PersonAsync("Aiko Sato", "aiko@example.jp");
        var client = app.CreateBrowserClient();
        var page = await client.GetAsync("/signin");

        var response = await client.SignInWithPasswordAsync("aiko@example.jp");

        var auth = SetCookie(response, "__Host-skillmap-auth");
        Assert.Contains("; secure", auth);
        Assert.Contains("; httponly", auth);
        Assert.Contains("; samesite=lax", auth);
        Assert.Contains("; path=/", auth);
        Assert.DoesNotContain("domain=", auth);
        Assert.DoesNotContain("expires=", auth);
        var csrf = SetCookie(page, "__Host-skillmap-csrf");
        Assert.Contains("; secure", csrf);
        Assert.Contains("; httponly", csrf);
        Assert.Contains("; samesite=strict", csrf);
    }

    [Fact]
    public async Task In_Development_over_plain_http_cookies_have_plain_names_and_no_HSTS_is_sent()
    {
        using var app = TestAccounts.Production("environment=Development");
        await app.PersonAsync("Aiko Sato", "aiko@example.jp");
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost"), AllowAutoRedirect = false });

        var response = await client.SignInWithPasswordAsync("aiko@example.jp");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var auth = SetCookie(response, "skillmap-auth");
        Assert.DoesNotContain("; secure", auth);
        Assert.Contains("; httponly", auth);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task A_session_ends_ten_hours_after_sign_in_however_busy_it_was()
    {
        var clock = new ManualClock();
        using var app = TestAccounts.Production(services => services.AddSingleton<TimeProvider>(clock));
        await app.PersonAsync("Aiko Sato", "aiko@example.jp");
        var client = await app.SignedInAsync("aiko@example.jp");

        for (var hour = 0; hour < 9; hour++)
        {
            clock.Advance(TimeSpan.FromHours(1));
            Assert.Equal("Aiko Sato", await client.WhoAmIAsync());
        }
        clock.Advance(TimeSpan.FromMinutes(61));

        Assert.Null(await client.WhoAmIAsync());
    }
}
