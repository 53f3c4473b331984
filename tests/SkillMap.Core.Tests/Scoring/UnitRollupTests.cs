using SkillMap.Core.Organisation;
using SkillMap.Core.Organisation.Import;
using SkillMap.Core.Scoring;
using SkillMap.Core.SkillModel;

namespace SkillMap.Core.Tests.Scoring;

public sealed class UnitRollupTests
{
    // 運用本部 (1) → 基盤課 (2), サービス課 (3); 旧部 (4) stands alone.
    private static readonly UnitTree Tree = new(
    [
        new ExistingUnit { Id = 1, Name = "運用本部" },
        new ExistingUnit { Id = 2, Name = "基盤課", ParentId = 1 },
        new ExistingUnit { Id = 3, Name = "サービス課", ParentId = 1 },
        new ExistingUnit { Id = 4, Name = "旧部" },
    ]);

    private static LevelCounts Scores(params int?[] scores) => LevelCounts.Of(scores);

    private static CountCell Cell(int ratee, int raters, params int?[] scores)
    {
        var counts = Scores(scores);
        return new CountCell { RateeId = ratee, Stage = Stage.Thinking, Area = Area.Logic, Kind = Kind.Explicit, N1 = counts.N1, N2 = counts.N2, N3 = counts.N3, N4 = counts.N4, N5 = counts.N5, NotObserved = counts.NotObserved, Raters = raters };
    }

    [Fact]
    public void A_unit_pools_its_own_teams_and_every_unit_below_it()
    {
        var rolled = UnitRollup.Roll(Tree, new[]
        {
            (2, "logic", Scores(4, 4)),
            (2, "logic", Scores(2)),
            (3, "logic", Scores(5)),
            (1, "logic", Scores(1)),
        });

        Assert.Equal(Scores(4, 4, 2), rolled[2]["logic"]);
        Assert.Equal(Scores(5), rolled[3]["logic"]);
        Assert.Equal(Scores(4, 4, 2, 5, 1), rolled[1]["logic"]);
        Assert.False(rolled.ContainsKey(4));
    }

    [Fact]
    public void A_key_no_team_below_has_is_absent_not_zero()
    {
        var rolled = UnitRollup.Roll(Tree, new[] { (2, "input", Scores(3)), (3, "outcome", Scores(4)) });

        Assert.False(rolled[2].ContainsKey("outcome"));
        Assert.Equal(Scores(3), rolled[1]["input"]);
        Assert.Equal(Scores(4), rolled[1]["outcome"]);
    }

    [Fact]
    public void Subtracting_the_visible_teams_from_a_unit_leaves_no_hidden_cell()
    {
        // Team in 基盤課: one shown ratee cell (3 peers) and one hidden (2 peers who gave 1s).
        // Team in サービス課: only a hidden cell (2 peers who gave 5s).
        var platform = ShownAggregate.Total([Cell(1, 3, 3, 4, 4), Cell(2, 2, 1, 1)], 3);
        var service = ShownAggregate.Total([Cell(3, 2, 5, 5)], 3);
        var direct = new List<(int, string, LevelCounts)>();
        if (platform is { } p)
        {
            direct.Add((2, "logic", p));
        }
        if (service is { } s)
        {
            direct.Add((3, "logic", s));
        }

        var rolled = UnitRollup.Roll(Tree, direct);

        Assert.Null(service);
        Assert.False(rolled.ContainsKey(3));
        // The division is exactly the one visible team: taking it away leaves no score at all.
        Assert.Equal(platform, rolled[1]["logic"]);
        Assert.Equal(Scores(3, 4, 4), rolled[1]["logic"]);
    }

    [Fact]
    public void A_looping_parent_chain_is_rolled_once_and_stops()
    {
        var looping = new UnitTree(
        [
            new ExistingUnit { Id = 1, Name = "A", ParentId = 2 },
            new ExistingUnit { Id = 2, Name = "B", ParentId = 1 },
        ]);

        var rolled = UnitRollup.Roll(looping, new[] { (1, "logic", Scores(3)) });

        Assert.Equal(Scores(3), rolled[1]["logic"]);
        Assert.Equal(Scores(3), rolled[2]["logic"]);
    }

    [Fact]
    public void Teams_of_a_unit_that_no_longer_exists_are_left_out() =>
        Assert.Empty(UnitRollup.Roll(Tree, new[] { (99, "logic", Scores(3)) }));
}
