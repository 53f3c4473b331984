using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace SkillMap.Web.Security;

/// <summary>
/// A fixed window of permits per key (a person, or a client address), each one a
/// <see cref="FixedWindowRateLimiter"/> that is renewed when its key next posts, not by a timer.
/// <c>PartitionedRateLimiter.Create</c> did the same with a sweep over every live partition ten times a
/// second: with thousands of people answering at once that sweep took 2% of the CPU while answers
/// were being saved. Here one sweep a minute drops the windows nobody has posted in since they began.
/// </summary>
public sealed class KeyedWindows : PartitionedRateLimiter<HttpContext>
{
    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(1);

    private readonly Func<HttpContext, Window?> windowOf;
    private readonly ConcurrentDictionary<string, FixedWindowRateLimiter> windows = new(StringComparer.Ordinal);
    private readonly Timer sweep;

    /// <param name="windowOf">The window a request counts in, or null for a request that is never limited.</param>
    public KeyedWindows(Func<HttpContext, Window?> windowOf)
    {
        this.windowOf = windowOf;
        sweep = new Timer(_ => DropUnused(), null, SweepEvery, SweepEvery);
    }

    /// <summary>Posts counted together: <paramref name="Key"/> names who, the rest how many per how long.</summary>
    public sealed record Window(string Key, int PermitLimit, TimeSpan Length);

    /// <summary>How many windows are held (for tests).</summary>
    public int Count => windows.Count;

    public override RateLimiterStatistics? GetStatistics(HttpContext resource) =>
        windowOf(resource) is { } window ? Renewed(window).GetStatistics() : null;

    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount) =>
        windowOf(resource) is { } window ? Renewed(window).AttemptAcquire(permitCount) : Unlimited.Lease;

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken) =>
        windowOf(resource) is { } window ? Renewed(window).AcquireAsync(permitCount, cancellationToken) : ValueTask.FromResult<RateLimitLease>(Unlimited.Lease);

    /// <summary>
    /// Drops every window whose permits are all there once renewed: a window nobody has posted in since
    /// it began is what a new one would be, so nothing is lost (the sweep, and tests).
    /// </summary>
    public void DropUnused()
    {
        foreach (var (key, limiter) in windows)
        {
            limiter.TryReplenish();
            if (limiter.IdleDuration is not null)
            {
                // A post that took this window in the same moment gains one permit in a fresh window.
                windows.TryRemove(new KeyValuePair<string, FixedWindowRateLimiter>(key, limiter));
            }
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            sweep.Dispose();
            windows.Clear();
        }
        base.Dispose(disposing);
    }

    private FixedWindowRateLimiter Renewed(Window window)
    {
        var limiter = windows.GetOrAdd(window.Key, static (_, w) => new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
        {
            PermitLimit = w.PermitLimit,
            Window = w.Length,
            QueueLimit = 0,
            // Renewed here, when the key posts: no timer per window, nothing to dispose when it is dropped.
            AutoReplenishment = false,
        }), window);
        limiter.TryReplenish();
        return limiter;
    }

    private sealed class Unlimited : RateLimitLease
    {
        public static readonly Unlimited Lease = new();

        public override bool IsAcquired => true;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
