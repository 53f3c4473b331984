using SkillMap.Core.Rounds;

namespace SkillMap.Core.Tests.Rounds;

public sealed class PeerAssignmentTests
{
    [Theory]
    [InlineData(5, 4, 1)]
    [InlineData(7, 4, 2)]
    [InlineData(9, 3, 3)]
    [InlineData(6, 5, 4)]
    public void In_a_team_where_everyone_is_rated_every_ratee_gets_as_many_peers_as_each_rater_gives(int size, int perRater, int seed)
    {
        var people = Enumerable.Range(1, size).ToList();

        var pairs = PeerAssignment.Balanced(people, people, perRater, new Random(seed));

        Assert.All(people, p => Assert.Equal(perRater, pairs.Count(x => x.RateeId == p)));
        Assert.All(people, p => Assert.Equal(perRater, pairs.Count(x => x.RaterId == p)));
        Assert.DoesNotContain(pairs, x => x.RaterId == x.RateeId);
        Assert.Equal(pairs.Count, pairs.Distinct().Count());
    }

    [Fact]
    public void Extra_raters_who_are_not_rated_spread_evenly_over_the_ratees()
    {
        var ratees = new[] { 1, 2, 3, 4 };
        var raters = new[] { 1, 2, 3, 4, 5, 6 };

        var pairs = PeerAssignment.Balanced(raters, ratees, 3, new Random(7));

        var loads = ratees.Select(r => pairs.Count(x => x.RateeId == r)).ToList();
        Assert.True(loads.Max() - loads.Min() <= 1, string.Join(",", loads));
        Assert.All(raters, r => Assert.InRange(pairs.Count(x => x.RaterId == r), 0, 3));
        Assert.Equal(18, pairs.Count);
    }

    [Fact]
    public void Nobody_rates_more_colleagues_than_there_are()
    {
        var people = new[] { 1, 2, 3 };

        var pairs = PeerAssignment.Balanced(people, people, 10, new Random(1));

        Assert.All(people, p => Assert.Equal(2, pairs.Count(x => x.RateeId == p)));
    }
}
