using SkillMap.Core.Scoring;

namespace SkillMap.Core.Tests.Scoring;

public sealed class LevelCountsTests
{
    [Fact]
    public void Counts_keep_the_distribution_and_leave_not_observed_out_of_the_mean()
    {
        var counts = LevelCounts.Of([1, 5, 5, null, 3, null]);

        Assert.Equal((1, 0, 1, 0, 2, 2), (counts.N1, counts.N2, counts.N3, counts.N4, counts.N5, counts.NotObserved));
        Assert.Equal(4, counts.Scored);
        Assert.Equal(3.5, counts.Mean);
    }

    [Theory]
    [InlineData(new[] { 2 }, 2.0)]
    [InlineData(new[] { 1, 2, 5 }, 2.0)]
    [InlineData(new[] { 1, 2, 4, 5 }, 3.0)]
    [InlineData(new[] { 3, 3, 4, 5 }, 3.5)]
    [InlineData(new[] { 5, 1, 1, 1, 5 }, 1.0)]
    public void The_median_is_exact_from_counts(int[] scores, double median) =>
        Assert.Equal(median, LevelCounts.Of(scores.Select(s => (int?)s)).Median);

    [Fact]
    public void Nothing_scored_has_no_mean_and_no_median()
    {
        var counts = LevelCounts.Of([null, null]);

        Assert.Null(counts.Mean);
        Assert.Null(counts.Median);
    }

    [Fact]
    public void Pooling_counts_equals_counting_the_pooled_answers()
    {
        var a = LevelCounts.Of([1, 2, null]);
        var b = LevelCounts.Of([5, 5, 4]);

        Assert.Equal(LevelCounts.Of([1, 2, null, 5, 5, 4]), a + b);
        Assert.Equal(a + b, LevelCounts.Pool([a, b]));
    }

    [Fact]
    public void A_score_outside_the_scale_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LevelCounts.Of([6]));
}
