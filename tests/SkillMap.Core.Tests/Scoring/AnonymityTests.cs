using SkillMap.Core.Scoring;

namespace SkillMap.Core.Tests.Scoring;

public sealed class AnonymityTests
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(7, true)]
    public void Peer_results_appear_only_from_three_distinct_raters(int raters, bool shown) =>
        Assert.Equal(shown, Anonymity.CanShow(raters, configuredThreshold: 3));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void A_threshold_configured_below_three_still_needs_three(int configured)
    {
        Assert.Equal(3, Anonymity.EffectiveThreshold(configured));
        Assert.False(Anonymity.CanShow(2, configured));
    }

    [Fact]
    public void A_higher_threshold_is_honoured()
    {
        Assert.False(Anonymity.CanShow(4, configuredThreshold: 5));
        Assert.True(Anonymity.CanShow(5, configuredThreshold: 5));
    }
}
