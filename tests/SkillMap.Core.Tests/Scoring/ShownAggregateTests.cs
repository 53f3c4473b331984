using SkillMap.Core.Scoring;
using SkillMap.Core.SkillModel;

namespace SkillMap.Core.Tests.Scoring;

public sealed class ShownAggregateTests
{
    private static CountCell Cell(int ratee, Area area, Stage stage, int raters, params int?[] scores)
    {
        var counts = LevelCounts.Of(scores);
        return new CountCell
        {
            RateeId = ratee,
            Area = area,
            Stage = stage,
            Kind = area is Area.Mindset or Area.Conduct ? Kind.Implicit : Kind.Explicit,
            N1 = counts.N1, N2 = counts.N2, N3 = counts.N3, N4 = counts.N4, N5 = counts.N5,
            NotObserved = counts.NotObserved,
            Raters = raters,
        };
    }

    [Fact]
    public void A_cell_below_the_threshold_is_absent_not_zero()
    {
        var hidden = Cell(1, Area.Logic, Stage.Input, 2, 5, 5);

        Assert.Null(hidden.Shown(3));
        Assert.Null(ShownAggregate.Total([hidden], 3));
        Assert.False(ShownAggregate.By([hidden], 3, c => c.Area).ContainsKey(Area.Logic));
        Assert.Null(ShownAggregate.Areas([hidden], 3)[Area.Logic]);
    }

    [Fact]
    public void A_cell_where_three_peers_only_said_not_observed_shows_nothing()
    {
        Assert.Null(Cell(1, Area.Logic, Stage.Input, 3, null, null, null).Shown(3));
    }

    [Fact]
    public void Subtracting_the_visible_cells_from_a_total_leaves_nothing_hidden()
    {
        // Ben's cell has two raters and extreme scores; Aoi's and Cho's are shown.
        var aoi = Cell(1, Area.Logic, Stage.Input, 3, 2, 3, 4);
        var ben = Cell(2, Area.Logic, Stage.Input, 2, 1, 1);
        var cho = Cell(3, Area.Logic, Stage.Input, 4, 4, 4, 5, 5);

        var total = ShownAggregate.Total([aoi, ben, cho], 3)!;
        var remainder = new LevelCounts
        {
            N1 = total.N1 - aoi.N1 - cho.N1, N2 = total.N2 - aoi.N2 - cho.N2, N3 = total.N3 - aoi.N3 - cho.N3,
            N4 = total.N4 - aoi.N4 - cho.N4, N5 = total.N5 - aoi.N5 - cho.N5, NotObserved = total.NotObserved - aoi.NotObserved - cho.NotObserved,
        };

        Assert.Equal(LevelCounts.Zero, remainder);
    }

    [Fact]
    public void Two_views_that_differ_by_a_hidden_person_are_identical()
    {
        var team = new[] { Cell(1, Area.Logic, Stage.Input, 3, 2, 3, 4), Cell(3, Area.Mindset, Stage.Output, 3, 4, 4, 4) };
        var withNewcomer = team.Append(Cell(9, Area.Logic, Stage.Input, 2, 5, 5)).ToArray();

        Assert.Equal(ShownAggregate.Stages(team, 3), ShownAggregate.Stages(withNewcomer, 3), new ProfileComparer());
        Assert.Equal(ShownAggregate.Total(team, 3), ShownAggregate.Total(withNewcomer, 3));
    }

    [Fact]
    public void Areas_stages_and_kinds_pool_only_shown_cells()
    {
        var cells = new[]
        {
            Cell(1, Area.Logic, Stage.Input, 3, 2, 2, 2),
            Cell(2, Area.Logic, Stage.Thinking, 3, 4, 4, 4),
            Cell(3, Area.Logic, Stage.Thinking, 2, 1, 1),
            Cell(1, Area.Conduct, Stage.Output, 5, 5, 5, 5, 5, 5),
        };

        Assert.Equal(3.0, ShownAggregate.Areas(cells, 3)[Area.Logic]);
        Assert.Equal(4.0, ShownAggregate.Stages(cells, 3)[Stage.Thinking]);
        var kinds = ShownAggregate.By(cells, 3, c => c.Kind);
        Assert.Equal(3.0, kinds[Kind.Explicit].Mean);
        Assert.Equal(5.0, kinds[Kind.Implicit].Mean);
        Assert.Null(ShownAggregate.Areas(cells, 3)[Area.Mindset]);
    }

    [Fact]
    public void A_round_with_a_higher_threshold_hides_more()
    {
        var cell = Cell(1, Area.Logic, Stage.Input, 4, 3, 3, 3, 3);

        Assert.NotNull(cell.Shown(4));
        Assert.Null(cell.Shown(5));
    }

    private sealed class ProfileComparer : IEqualityComparer<StageProfile>
    {
        public bool Equals(StageProfile? x, StageProfile? y) =>
            Enum.GetValues<Stage>().All(s => x![s] == y![s]);

        public int GetHashCode(StageProfile obj) => 0;
    }
}
