using SkillMap.Core.Scoring;
using SkillMap.Core.SkillModel;

namespace SkillMap.Core.Tests.Scoring;

public sealed class StageProfileTests
{
    private static ScoreCell Cell(Stage stage, int raters, params int?[] scores) => new()
    {
        Stage = stage,
        Sum = scores.Where(s => s is not null).Sum(s => s!.Value),
        Scored = scores.Count(s => s is not null),
        NotObserved = scores.Count(s => s is null),
        DistinctRaters = raters,
    };

    [Fact]
    public void A_stage_average_pools_the_cells_that_may_be_shown()
    {
        var profile = StageProfile.FromCells(
            [Cell(Stage.Input, 3, 2, 3, 4), Cell(Stage.Input, 3, 5, 5, 5)],
            threshold: 3);

        Assert.Equal(4.0, profile[Stage.Input]);
    }

    [Fact]
    public void A_cell_below_the_threshold_is_left_out_of_the_stage_average_so_it_cannot_be_subtracted_back()
    {
        var shown = Cell(Stage.Output, 3, 2, 2, 2);
        var hidden = Cell(Stage.Output, 2, 5, 5);

        var profile = StageProfile.FromCells([shown, hidden], threshold: 3);

        Assert.Equal(2.0, profile[Stage.Output]);
    }

    [Fact]
    public void A_stage_with_nothing_showable_is_absent_not_zero()
    {
        var profile = StageProfile.FromCells([Cell(Stage.Thinking, 2, 4, 4)], threshold: 3);

        Assert.Null(profile[Stage.Thinking]);
        Assert.Null(profile[Stage.Outcome]);
    }

    [Fact]
    public void Not_observed_never_moves_an_average()
    {
        var without = StageProfile.FromOwnAnswers([(Stage.Input, 2), (Stage.Input, 4)]);
        var with = StageProfile.FromOwnAnswers([(Stage.Input, 2), (Stage.Input, null), (Stage.Input, 4), (Stage.Input, null)]);

        Assert.Equal(3.0, without[Stage.Input]);
        Assert.Equal(without[Stage.Input], with[Stage.Input]);
    }

    [Fact]
    public void Only_not_observed_answers_give_no_average()
    {
        var profile = StageProfile.FromOwnAnswers([(Stage.Output, null)]);

        Assert.Null(profile[Stage.Output]);
    }
}
