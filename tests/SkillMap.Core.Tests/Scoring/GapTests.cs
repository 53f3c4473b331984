using SkillMap.Core.Scoring;

namespace SkillMap.Core.Tests.Scoring;

public sealed class GapTests
{
    private static LevelCounts Peers(params int[] scores) => LevelCounts.Of(scores.Select(s => (int?)s));

    [Fact]
    public void Self_a_full_point_above_peers_is_a_blind_spot() =>
        Assert.Equal(GapKind.BlindSpot, Gap.Classify(4, Peers(3, 3, 3)));

    [Fact]
    public void Peers_a_full_point_above_self_is_a_hidden_strength() =>
        Assert.Equal(GapKind.HiddenStrength, Gap.Classify(2, Peers(3, 3, 4, 2)));

    [Theory]
    [InlineData(4, new[] { 3, 3, 4 })]
    [InlineData(3, new[] { 4, 4, 3 })]
    [InlineData(3, new[] { 3, 3, 3 })]
    public void Less_than_a_point_apart_is_no_gap(int self, int[] peers) =>
        Assert.Equal(GapKind.None, Gap.Classify(self, Peers(peers)));

    [Fact]
    public void No_gap_without_a_self_answer_or_a_shown_peer_cell()
    {
        Assert.Equal(GapKind.None, Gap.Classify(null, Peers(1, 1, 1)));
        Assert.Equal(GapKind.None, Gap.Classify(5, null));
        Assert.Equal(GapKind.None, Gap.Classify(5, LevelCounts.Of([null, null, null])));
    }

    [Theory]
    [InlineData(4.0, 4.0, QuadrantKind.AgreedStrength)]
    [InlineData(3.0, 3.0, QuadrantKind.AgreedStrength)]
    [InlineData(4.2, 2.5, QuadrantKind.BlindSpot)]
    [InlineData(2.4, 3.6, QuadrantKind.HiddenStrength)]
    [InlineData(2.0, 2.9, QuadrantKind.AgreedDevelopment)]
    public void The_quadrant_splits_at_the_middle_of_the_scale(double self, double peers, QuadrantKind expected) =>
        Assert.Equal(expected, Quadrant.Of(self, peers));

    [Fact]
    public void The_quadrant_can_cross_at_the_team_averages()
    {
        Assert.Equal(QuadrantKind.BlindSpot, Quadrant.Of(4.0, 3.2, selfCentre: 3.6, peerCentre: 3.5));
        Assert.Equal(QuadrantKind.HiddenStrength, Quadrant.Of(3.5, 3.6, selfCentre: 3.6, peerCentre: 3.5));
    }
}

public sealed class CoverageTests
{
    [Fact]
    public void A_cell_is_strong_from_a_mean_of_four_up()
    {
        Assert.True(Coverage.IsStrong(LevelCounts.Of([4, 4, 4])));
        Assert.True(Coverage.IsStrong(LevelCounts.Of([3, 5, 4])));
        Assert.False(Coverage.IsStrong(LevelCounts.Of([4, 4, 3])));
        Assert.False(Coverage.IsStrong(LevelCounts.Of([null, null])));
    }

    [Fact]
    public void Coverage_is_a_share_of_teams_and_absent_without_teams()
    {
        Assert.Equal(0.25, Coverage.Share(1, 4));
        Assert.Null(Coverage.Share(0, 0));
    }
}
