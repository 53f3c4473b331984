using SkillMap.Core.Plans;
using SkillMap.Core.SkillModel;

namespace SkillMap.Core.Tests.Plans;

public sealed class TeamPlanRulesTests
{
    private static ItemLevel L(Area area, double level) => new()
    {
        ItemKey = $"{area}.x",
        Kind = area is Area.Mindset or Area.Conduct ? Kind.Implicit : Kind.Explicit,
        Area = area,
        Basis = Basis.Peers,
        Level = level,
    };

    [Fact]
    public void Four_of_six_needing_the_same_explicit_area_become_one_team_workshop_and_the_strong_can_teach()
    {
        var people = new[]
        {
            new PersonLevels(1, [L(Area.Logic, 2.0), L(Area.Mindset, 3.5)]),
            new PersonLevels(2, [L(Area.Logic, 2.5), L(Area.Mindset, 3.5)]),
            new PersonLevels(3, [L(Area.Logic, 2.7), L(Area.Mindset, 2.0)]),
            new PersonLevels(4, [L(Area.Logic, 2.9), L(Area.Mindset, 3.5)]),
            new PersonLevels(5, [L(Area.Logic, 4.5), L(Area.Mindset, 3.5)]),
            new PersonLevels(6, [L(Area.Logic, 3.5), L(Area.Mindset, 4.2)]),
        };

        var needs = TeamPlanRules.Needs(people);

        var logic = needs.Single(n => n.Area == Area.Logic);
        Assert.True(logic.IsTeamAction);
        Assert.Equal(ActionType.Team, logic.ActionType);
        Assert.Equal([1, 2, 3, 4], logic.People);
        Assert.Equal(6, logic.Assessed);
        Assert.Equal([5], logic.Teachers);

        var mindset = needs.Single(n => n.Area == Area.Mindset);
        Assert.False(mindset.IsTeamAction);
        Assert.Equal(ActionType.Coaching, mindset.ActionType);
        Assert.Equal([3], mindset.People);

        var pairs = TeamPlanRules.WhoCanTeachWhom(needs);
        Assert.Contains(pairs, p => p.Area == Area.Logic && p.TeacherId == 5 && p.LearnerIds.SequenceEqual([1, 2, 3, 4]));
        Assert.Contains(pairs, p => p.Area == Area.Mindset && p.TeacherId == 6 && p.LearnerIds.SequenceEqual([3]));
    }

    [Fact]
    public void An_implicit_gap_across_the_team_becomes_a_change_in_how_the_team_works()
    {
        var needs = TeamPlanRules.Needs(
        [
            new PersonLevels(1, [L(Area.Conduct, 2.0)]),
            new PersonLevels(2, [L(Area.Conduct, 2.5)]),
            new PersonLevels(3, [L(Area.Conduct, 3.5)]),
        ]);
        var conduct = Assert.Single(needs);
        Assert.True(conduct.IsTeamAction);
        Assert.Equal(Kind.Implicit, conduct.Kind);
    }

    [Fact]
    public void People_without_a_usable_level_are_not_counted()
    {
        // Only the levels given (already through the gate) count: person 2 has none for logic.
        var needs = TeamPlanRules.Needs(
        [
            new PersonLevels(1, [L(Area.Logic, 2.0)]),
            new PersonLevels(2, []),
        ]);
        var logic = Assert.Single(needs);
        Assert.Equal(1, logic.Assessed);
        Assert.False(logic.IsTeamAction);
    }
}
