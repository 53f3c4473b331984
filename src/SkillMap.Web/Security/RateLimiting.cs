using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace SkillMap.Web.Security;

/// <summary>The <c>RateLimits</c> section: fixed windows of POSTs. Every key is in the README.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Sign-in, setup, invitation and reset posts, counted per client address.</summary>
    public Window Account { get; set; } = new() { PermitLimit = 30, WindowSeconds = 60 };

    /// <summary>Every other post, counted per signed-in person (per address for anonymous posts).</summary>
    public Window Posts { get; set; } = new() { PermitLimit = 120, WindowSeconds = 60 };

    public sealed class Window
    {
        public int PermitLimit { get; set; }

        public int WindowSeconds { get; set; }
    }
}

/// <summary>
/// Answers too many posts with 429 and a Retry-After. Account posts (where passwords are guessed) are
/// limited per client address; everything else per person, so an office behind one address never
/// locks itself out and autosave has room. Reads, probes and error pages are never limited.
/// Counters live in each instance's memory: the lockout in the database is what all instances share.
/// </summary>
public static class RateLimiting
{
    private static readonly string[] AccountPaths = ["/signin", "/setup", "/account", "/demo/signin"];

    public static WebApplicationBuilder AddSkillMapRateLimiting(this WebApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = new KeyedWindows(http => WindowOf(http, limits));
            options.OnRejected = (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
                    ? wait
                    : TimeSpan.FromSeconds(Math.Max(limits.Account.WindowSeconds, limits.Posts.WindowSeconds));
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
        });
        return builder;
    }

    /// <summary>
    /// After authentication, so posts can be counted per person. Only posts pass through the limiter:
    /// it would find every read unlimited anyway, after a lease and its bookkeeping on each page.
    /// </summary>
    public static WebApplication UseSkillMapRateLimiting(this WebApplication app)
    {
        app.UseWhen(http => HttpMethods.IsPost(http.Request.Method), posts => posts.UseRateLimiter());
        return app;
    }

    private static KeyedWindows.Window? WindowOf(HttpContext http, RateLimitOptions limits)
    {
        var path = http.Request.Path;
        // Only posts get here (UseSkillMapRateLimiting).
        if (path.StartsWithSegments("/error") || path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz"))
        {
            return null;
        }
        var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (AccountPaths.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            return Window("account:" + address, limits.Account);
        }
        var personId = http.User.Identity?.IsAuthenticated == true ? http.User.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        return Window(personId is null ? "anonymous:" + address : "person:" + personId, limits.Posts);
    }

    private static KeyedWindows.Window Window(string key, RateLimitOptions.Window window) =>
        new(key, Math.Max(1, window.PermitLimit), TimeSpan.FromSeconds(Math.Max(1, window.WindowSeconds)));
}
