using SkillMap.Core.Scoring;

namespace SkillMap.Core.Tests.Scoring;

/// <summary>
/// The one self-versus-others rule (<see cref="Gap"/> over <see cref="Others"/>): the personal report's
/// blind spots and hidden strengths and the training plan's both come from it.
/// </summary>
public sealed class GapTests
{
    private static LevelCounts Scores(params int?[] scores) => LevelCounts.Of(scores);

    /// <summary>A peer cell where every score came from its own peer, read through the gate at 3.</summary>
    private static Others? Peers(params int[] scores) => Others.Of(Scores([.. scores.Select(s => (int?)s)]), scores.Length, null, 3);

    [Fact]
    public void Self_a_full_point_above_others_is_a_blind_spot() =>
        Assert.Equal(GapKind.BlindSpot, Gap.Classify(4, Peers(3, 3, 3)));

    [Fact]
    public void Others_a_full_point_above_self_is_a_hidden_strength() =>
        Assert.Equal(GapKind.HiddenStrength, Gap.Classify(2, Peers(3, 3, 4, 2)));

    [Theory]
    [InlineData(4, new[] { 3, 3, 4 })]
    [InlineData(3, new[] { 4, 4, 3 })]
    [InlineData(3, new[] { 3, 3, 3 })]
    public void Less_than_a_point_apart_is_no_gap(int self, int[] peers) =>
        Assert.Equal(GapKind.None, Gap.Classify(self, Peers(peers)));

    [Fact]
    public void No_gap_without_a_self_answer_or_others_to_compare_with()
    {
        Assert.Equal(GapKind.None, Gap.Classify(null, Peers(1, 1, 1)));
        Assert.Equal(GapKind.None, Gap.Classify(5, null));
        Assert.Null(Others.Of(Scores(null, null, null), 0, null, 3));
    }

    [Fact]
    public void A_shown_peer_cell_is_the_others_even_when_managers_rated()
    {
        var others = Others.Of(Scores(2, 2, 2), 3, Scores(5), 3)!;

        Assert.Equal(OthersSource.Peers, others.Source);
        Assert.Equal(2.0, others.Level);
        Assert.Equal(GapKind.BlindSpot, Gap.Classify(4, others));
    }

    [Fact]
    public void Below_the_threshold_the_managers_scores_are_the_others_and_the_hidden_peers_count_for_nothing()
    {
        // Two peers gave 5s: hidden. Two managers gave 2 and 3; self 4 is a blind spot against them.
        var others = Others.Of(Scores(5, 5), 2, Scores(2, 3), 3)!;

        Assert.Equal(OthersSource.Managers, others.Source);
        Assert.Equal(2.5, others.Level);
        Assert.Equal(GapKind.BlindSpot, Gap.Classify(4, others));
    }

    [Fact]
    public void A_hidden_peer_cell_without_a_manager_makes_no_gap()
    {
        Assert.Null(Others.Of(Scores(1, 1), 2, null, 3));
        Assert.Equal(GapKind.None, Gap.Classify(5, Others.Of(Scores(1, 1), 2, Scores(), 3)));
    }

    [Fact]
    public void A_raised_round_threshold_hides_a_cell_the_floor_would_show()
    {
        Assert.Equal(OthersSource.Peers, Others.Of(Scores(1, 2, 1, 2), 4, Scores(4), 3)!.Source);
        Assert.Equal(OthersSource.Managers, Others.Of(Scores(1, 2, 1, 2), 4, Scores(4), 5)!.Source);
        // No configuration goes below three distinct peers.
        Assert.Equal(OthersSource.Managers, Others.Of(Scores(1, 2), 2, Scores(4), 1)!.Source);
    }

    [Fact]
    public void Not_observed_answers_do_not_move_the_others_level() =>
        Assert.Equal(4.0, Others.Of(Scores(4, 4, 4, null, null, null), 3, null, 3)!.Level);

    [Fact]
    public void Sums_and_counts_give_the_same_others_as_level_counts()
    {
        Assert.Equal(Others.Of(Scores(3, 4, 5), 3, Scores(2), 3), Others.Of(12, 3, 3, 2, 1, 3));
        Assert.Equal(Others.Of(Scores(3, 4), 2, Scores(2), 3), Others.Of(7, 2, 2, 2, 1, 3));
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
