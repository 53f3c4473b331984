using System.Net;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Security;

/// <summary>The headers hold on every kind of response, not only on pages: files, probes, redirects, refusals.</summary>
public sealed class SecurityHeaderCoverageTests
{
    [Fact]
    public async Task Every_kind_of_response_carries_the_security_headers()
    {
        using var app = TestAccounts.Production("RateLimits:Account:PermitLimit=1");
        var client = app.CreateBrowserClient();
        var responses = new Dictionary<string, HttpResponseMessage>
        {
            ["page"] = await client.GetAsync("/signin"),
            ["static file"] = await client.GetAsync("/css/site.css"),
            ["liveness"] = await client.GetAsync("/healthz"),
            ["readiness"] = await client.GetAsync("/readyz"),
            ["redirect"] = await client.GetAsync("/team"),
            ["not found"] = await client.GetAsync("/no-such-page"),
            ["too large"] = await client.PostAsync("/signin", new ByteArrayContent(new byte[2 * 1024 * 1024])),
            ["bad request"] = await client.PostAsync("/signin", new FormUrlEncodedContent([])),
            ["too many"] = await client.PostAsync("/signin", new FormUrlEncodedContent([])),
        };

        Assert.Equal(HttpStatusCode.Redirect, responses["redirect"].StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, responses["too large"].StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, responses["bad request"].StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, responses["too many"].StatusCode);
        foreach (var (kind, response) in responses)
        {
            var csp = Header(response, "Content-Security-Policy", kind);
            Assert.DoesNotContain("unsafe-inline", csp);
            Assert.DoesNotContain("unsafe-eval", csp);
            Assert.DoesNotContain("http", csp);
            Assert.DoesNotContain("*", csp);
            Assert.Contains("default-src 'self'", csp);
            Assert.Contains("frame-ancestors 'none'", csp);
            Assert.Equal("nosniff", Header(response, "X-Content-Type-Options", kind));
            Assert.NotEmpty(Header(response, "Referrer-Policy", kind));
            var maxAge = System.Text.RegularExpressions.Regex.Match(Header(response, "Strict-Transport-Security", kind), @"max-age=(\d+)");
            Assert.True(long.Parse(maxAge.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) >= 365 * 24 * 3600, kind);
        }
    }

    [Fact]
    public async Task A_page_reached_through_a_link_with_a_token_sends_no_Referer_onwards()
    {
        using var app = TestAccounts.Production();

        var response = await app.CreateBrowserClient().GetAsync("/account/invitation/" + new string('A', 43));

        Assert.Equal("no-referrer", Header(response, "Referrer-Policy", "link page"));
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
    }

    private static string Header(HttpResponseMessage response, string name, string kind) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"The {kind} response has no {name} header.");
}
