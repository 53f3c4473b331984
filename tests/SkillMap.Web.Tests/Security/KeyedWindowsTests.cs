using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using SkillMap.Web.Security;

namespace SkillMap.Web.Tests.Security;

public sealed class KeyedWindowsTests
{
    private static HttpContext Post(string person) => new DefaultHttpContext { Request = { Method = "POST", Path = "/" + person } };

    private static KeyedWindows Limiter(int permits, TimeSpan length) =>
        new(http => http.Request.Path == "/probe" ? null : new KeyedWindows.Window(http.Request.Path.Value!, permits, length));

    [Fact]
    public async Task A_person_who_used_up_a_window_may_post_again_once_it_has_passed()
    {
        using var limiter = Limiter(2, TimeSpan.FromSeconds(1));

        Assert.True(limiter.AttemptAcquire(Post("aiko")).IsAcquired);
        Assert.True(limiter.AttemptAcquire(Post("aiko")).IsAcquired);
        var refused = limiter.AttemptAcquire(Post("aiko"));
        var colleague = limiter.AttemptAcquire(Post("ken"));
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        var later = limiter.AttemptAcquire(Post("aiko"));

        Assert.False(refused.IsAcquired);
        Assert.True(refused.TryGetMetadata(MetadataName.RetryAfter, out TimeSpan retryAfter) && retryAfter <= TimeSpan.FromSeconds(1));
        Assert.True(colleague.IsAcquired);
        Assert.True(later.IsAcquired);
    }

    [Fact]
    public async Task Windows_nobody_has_posted_in_since_they_began_are_dropped_and_the_counts_of_the_others_hold()
    {
        using var limiter = Limiter(1, TimeSpan.FromSeconds(1));
        Assert.True(limiter.AttemptAcquire(Post("aiko")).IsAcquired);
        Assert.True(limiter.AttemptAcquire(Post("ken")).IsAcquired);

        limiter.DropUnused();
        var keptWhileInUse = limiter.Count;
        await Task.Delay(TimeSpan.FromSeconds(1.1));
        Assert.True(limiter.AttemptAcquire(Post("ken")).IsAcquired);
        limiter.DropUnused();

        Assert.Equal(2, keptWhileInUse);
        Assert.Equal(1, limiter.Count);
        Assert.False(limiter.AttemptAcquire(Post("ken")).IsAcquired);
        Assert.True(limiter.AttemptAcquire(Post("aiko")).IsAcquired);
    }

    [Fact]
    public void Requests_without_a_window_are_never_limited()
    {
        using var limiter = Limiter(1, TimeSpan.FromMinutes(1));

        var leases = Enumerable.Range(0, 5).Select(_ => limiter.AttemptAcquire(Post("probe"))).ToList();

        Assert.All(leases, l => Assert.True(l.IsAcquired));
        Assert.Equal(0, limiter.Count);
    }
}
