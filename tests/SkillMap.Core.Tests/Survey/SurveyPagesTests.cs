using SkillMap.Core.SkillModel;
using SkillMap.Core.Survey;

namespace SkillMap.Core.Tests.Survey;

public sealed class SurveyPagesTests
{
    private static List<(int Id, Stage Stage)> Items(params (Stage Stage, int Count)[] stages)
    {
        var id = 0;
        return stages.SelectMany(s => Enumerable.Range(0, s.Count).Select(_ => (++id, s.Stage))).ToList();
    }

    [Fact]
    public void A_stage_of_fifteen_items_becomes_pages_of_eight_and_seven()
    {
        var pages = SurveyPages.Split(Items((Stage.Input, 15)), i => i.Stage);

        Assert.Equal([8, 7], pages.Select(p => p.Count));
        Assert.Equal(Enumerable.Range(1, 15), pages.SelectMany(p => p).Select(i => i.Id));
    }

    [Fact]
    public void No_page_mixes_two_stages_and_stages_keep_the_logic_model_order()
    {
        var items = Items((Stage.Output, 3), (Stage.Input, 5), (Stage.Thinking, 9));

        var pages = SurveyPages.Split(items, i => i.Stage);

        Assert.All(pages, p => Assert.Single(p.Select(i => i.Stage).Distinct()));
        Assert.Equal([Stage.Input, Stage.Thinking, Stage.Thinking, Stage.Output], pages.Select(p => p[0].Stage));
        Assert.Equal([5, 5, 4, 3], pages.Select(p => p.Count));
    }

    [Fact]
    public void No_page_holds_more_than_the_page_size()
    {
        var pages = SurveyPages.Split(Items((Stage.Input, 17), (Stage.Outcome, 8)), i => i.Stage);

        Assert.All(pages, p => Assert.InRange(p.Count, 1, SurveyPages.ItemsPerPage));
        Assert.Equal(25, pages.Sum(p => p.Count));
    }

    [Fact]
    public void Resuming_opens_the_first_page_with_an_unanswered_item()
    {
        var pages = SurveyPages.Split(Items((Stage.Input, 10), (Stage.Output, 4)), i => i.Stage);
        var answered = new HashSet<int> { 1, 2, 3, 4, 5, 7, 8, 9, 10, 12 };

        Assert.Equal(2, SurveyPages.ResumePage(pages, i => answered.Contains(i.Id)));
        answered.Add(6);
        Assert.Equal(3, SurveyPages.ResumePage(pages, i => answered.Contains(i.Id)));
        answered.UnionWith([11, 13, 14]);
        Assert.Equal(1, SurveyPages.ResumePage(pages, _ => true));
    }
}
