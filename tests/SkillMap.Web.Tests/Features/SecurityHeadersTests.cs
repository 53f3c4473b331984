using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features;

public sealed class SecurityHeadersTests(SkillMapFactory app) : IClassFixture<SkillMapFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/demo/signin")]
    [InlineData("/no-such-page")]
    public async Task Every_page_forbids_inline_script_other_origins_and_framing(string url)
    {
        var response = await app.CreateBrowserClient().GetAsync(url);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("http", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(response.Headers.Contains("Referrer-Policy"));
        Assert.Contains("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task Pages_load_nothing_from_another_origin()
    {
        var page = await app.CreateBrowserClient().GetPageAsync("/");

        var sources = page.QuerySelectorAll("script[src], link[href], img[src]")
            .Select(e => e.GetAttribute("src") ?? e.GetAttribute("href") ?? "");
        Assert.All(sources, s => Assert.Matches("^/[^/]", s));
        Assert.Empty(page.QuerySelectorAll("script:not([src]):not([type='application/json'])"));
    }
}
