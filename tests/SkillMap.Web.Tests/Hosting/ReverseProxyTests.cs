using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Hosting;

/// <summary>
/// Behind a reverse proxy that ends TLS, links, cookies and HSTS follow X-Forwarded-Proto/-Host, but
/// only when the request comes from a configured proxy: anyone else's headers are ignored.
/// </summary>
public sealed class ReverseProxyTests
{
    private static SkillMapFactory App(params (string Key, string Value)[] settings) =>
        new(settings.ToDictionary(s => s.Key, s => (string?)s.Value));

    /// <summary>A plain-http request to the app's own address, as a proxy (or anyone) sends it.</summary>
    private static Task<HttpContext> SendAsync(SkillMapFactory app, string path, string remoteIp, bool forwarded = true) =>
        app.Server.SendAsync(context =>
        {
            context.Connection.RemoteIpAddress = IPAddress.Parse(remoteIp);
            context.Request.Scheme = "http";
            context.Request.Host = new HostString("10.0.0.20:8080");
            context.Request.Path = path;
            if (forwarded)
            {
                context.Request.Headers["X-Forwarded-Proto"] = "https";
                context.Request.Headers["X-Forwarded-Host"] = "skillmap.example.com";
                context.Request.Headers["X-Forwarded-For"] = "198.51.100.7";
            }
        });

    [Fact]
    public async Task A_configured_proxy_makes_links_https_on_the_public_host_and_turns_on_HSTS()
    {
        using var app = App(("ForwardedHeaders:KnownProxies", "10.0.0.5"));

        var context = await SendAsync(app, "/team", "10.0.0.5");

        Assert.Equal(302, context.Response.StatusCode);
        Assert.StartsWith("https://skillmap.example.com/signin?ReturnUrl=", context.Response.Headers.Location.ToString());
        Assert.True(context.Response.Headers.ContainsKey("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Forwarded_headers_from_anyone_else_are_ignored()
    {
        using var app = App(("ForwardedHeaders:KnownProxies", "10.0.0.5"));

        var context = await SendAsync(app, "/team", "203.0.113.9");

        Assert.Equal(302, context.Response.StatusCode);
        Assert.StartsWith("http://10.0.0.20:8080/signin?ReturnUrl=", context.Response.Headers.Location.ToString());
        Assert.False(context.Response.Headers.ContainsKey("Strict-Transport-Security"));
    }

    [Fact]
    public async Task A_configured_network_is_trusted_like_a_proxy()
    {
        using var app = App(("ForwardedHeaders:KnownNetworks", "10.1.0.0/16"), ("ForwardedHeaders:KnownProxies", ""));

        var inside = await SendAsync(app, "/team", "10.1.2.3");
        var loopback = await SendAsync(app, "/team", "127.0.0.1");

        Assert.StartsWith("https://skillmap.example.com/", inside.Response.Headers.Location.ToString());
        Assert.StartsWith("http://10.0.0.20:8080/", loopback.Response.Headers.Location.ToString());
    }

    [Fact]
    public async Task By_default_only_a_proxy_on_the_same_machine_is_trusted()
    {
        using var app = App();

        var local = await SendAsync(app, "/team", "127.0.0.1");
        var remote = await SendAsync(app, "/team", "10.0.0.5");

        Assert.StartsWith("https://skillmap.example.com/", local.Response.Headers.Location.ToString());
        Assert.StartsWith("http://10.0.0.20:8080/", remote.Response.Headers.Location.ToString());
    }

    [Fact]
    public async Task When_SkillMap_serves_https_itself_plain_http_is_redirected_but_the_probes_are_not()
    {
        using var app = App(("https_port", "443"));

        var page = await SendAsync(app, "/", "203.0.113.9", forwarded: false);
        var live = await SendAsync(app, "/healthz", "203.0.113.9", forwarded: false);
        var ready = await SendAsync(app, "/readyz", "203.0.113.9", forwarded: false);
        var proxied = await SendAsync(app, "/", "127.0.0.1");

        Assert.Equal(307, page.Response.StatusCode);
        Assert.Equal("https://10.0.0.20/", page.Response.Headers.Location.ToString());
        Assert.Equal(200, live.Response.StatusCode);
        Assert.Equal(200, ready.Response.StatusCode);
        Assert.Equal(200, proxied.Response.StatusCode);
    }
}
