namespace SkillMap.Web.Tests.Infrastructure;

/// <summary>A clock a test moves by hand; starts at the real time so stored data looks ordinary.</summary>
public sealed class ManualClock : TimeProvider
{
    private DateTimeOffset now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
