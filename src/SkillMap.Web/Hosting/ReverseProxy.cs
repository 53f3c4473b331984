using Microsoft.AspNetCore.HttpOverrides;

namespace SkillMap.Web.Hosting;

/// <summary>
/// Behind a reverse proxy that ends TLS, X-Forwarded-For/-Proto/-Host tell the app the client's
/// address, that the request was https (so cookies are Secure, HSTS is sent and links start with
/// https://) and the public host name. Those headers are honoured only from the configured proxies;
/// from anyone else they are ignored, or any client could claim to be anyone.
/// </summary>
public static class ReverseProxy
{
    public static WebApplicationBuilder AddSkillMapReverseProxy(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in NetworkSettings.Proxies(configuration))
            {
                options.KnownProxies.Add(proxy);
            }
            foreach (var network in NetworkSettings.Networks(configuration, NetworkSettings.KnownNetworks))
            {
                options.KnownIPNetworks.Add(network);
            }
        });
        return builder;
    }

    /// <summary>
    /// First in the pipeline. Outside Development, when SkillMap itself serves https (an https_port
    /// setting or an https:// address in urls), plain-http requests are redirected there; the probes
    /// are not, since load balancers check backends over plain http. Behind a proxy that ends TLS
    /// neither is set and the proxy redirects.
    /// </summary>
    public static WebApplication UseSkillMapReverseProxy(this WebApplication app)
    {
        app.UseForwardedHeaders();
        var servesHttps = !string.IsNullOrEmpty(app.Configuration["https_port"])
            || (app.Configuration["urls"] ?? "").Contains("https://", StringComparison.OrdinalIgnoreCase);
        if (servesHttps && !app.Environment.IsDevelopment())
        {
            app.UseWhen(context => !Probes.IsProbe(context.Request.Path), branch => branch.UseHttpsRedirection());
        }
        return app;
    }
}

/// <summary>The liveness and readiness paths that stay free of redirects, sign-in and rate limits.</summary>
public static class Probes
{
    public const string Live = "/healthz";
    public const string Ready = "/readyz";

    public static bool IsProbe(PathString path) =>
        path.Equals(Live, StringComparison.OrdinalIgnoreCase) || path.Equals(Ready, StringComparison.OrdinalIgnoreCase);
}
