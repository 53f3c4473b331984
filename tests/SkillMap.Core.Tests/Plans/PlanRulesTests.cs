using SkillMap.Core.Plans;
using SkillMap.Core.Scoring;
using SkillMap.Core.SkillModel;

namespace SkillMap.Core.Tests.Plans;

public sealed class PlanRulesTests
{
    private static int position;

    /// <summary>Peers' and managers' averages become whole-number sums (two managers, so halves are exact).</summary>
    private static ItemEvidence Item(string key, Kind kind, double? peerAverage = null, int peers = 3, double? manager = null, int? self = null) => new()
    {
        ItemKey = key,
        Kind = kind,
        Area = kind switch { Kind.Explicit => Area.Logic, Kind.Implicit => Area.Mindset, _ => Area.Outcome },
        Stage = Stage.Thinking,
        Position = ++position,
        PeerSum = peerAverage is { } avg ? (int)Math.Round(avg * peers) : 0,
        PeerScored = peerAverage is null ? 0 : peers,
        PeerRaters = peerAverage is null ? 0 : peers,
        ManagerSum = manager is { } m ? (int)Math.Round(m * 2) : 0,
        ManagerScored = manager is null ? 0 : 2,
        Self = self,
    };

    [Fact]
    public void The_lowest_peer_levels_become_the_plan_with_training_for_explicit_and_coaching_for_implicit()
    {
        var plan = PlanRules.Propose(
        [
            Item("e.high", Kind.Explicit, 3.7),
            Item("e.low", Kind.Explicit, 2.0),
            Item("i.low", Kind.Implicit, 2.3),
            Item("e.mid", Kind.Explicit, 3.0),
            Item("i.mid", Kind.Implicit, 3.3),
        ], threshold: 3, items: 3, strengths: 3);

        Assert.Equal(["e.low", "i.low", "e.mid"], plan.Gaps.Select(g => g.ItemKey));
        Assert.Equal([ActionType.Training, ActionType.Coaching, ActionType.Training], plan.Gaps.Select(g => g.ActionType));
        Assert.All(plan.Gaps, g => Assert.Equal(Basis.Peers, g.Basis));
        Assert.False(plan.UsesManagerAndSelf);
    }

    [Fact]
    public void A_large_blind_spot_outranks_a_slightly_lower_level()
    {
        var plan = PlanRules.Propose(
        [
            Item("low", Kind.Explicit, 3.0, self: 3),
            Item("blind", Kind.Implicit, 3.5, self: 5),
        ], threshold: 3, items: 1, strengths: 0);

        var only = Assert.Single(plan.Gaps);
        Assert.Equal("blind", only.ItemKey);
        Assert.Equal(Reason.BlindSpot, only.Reason);
    }

    [Fact]
    public void A_suppressed_peer_cell_changes_nothing_in_the_plan()
    {
        // Two peers gave a 1: below the threshold of 3, so the plan must be the one it would be without them.
        var withHidden = PlanRules.Propose(
        [
            Item("hidden", Kind.Explicit, 1.0, peers: 2),
            Item("shown", Kind.Explicit, 3.5),
        ], threshold: 3, items: 3, strengths: 3);
        var without = PlanRules.Propose(
        [
            Item("hidden", Kind.Explicit),
            Item("shown", Kind.Explicit, 3.5),
        ], threshold: 3, items: 3, strengths: 3);

        Assert.Equal(without.Gaps.Select(g => g.ItemKey), withHidden.Gaps.Select(g => g.ItemKey));
        Assert.Equal(["shown"], withHidden.Gaps.Select(g => g.ItemKey));
    }

    [Fact]
    public void Below_the_peer_threshold_the_manager_and_self_ratings_are_used_and_the_plan_says_so()
    {
        var plan = PlanRules.Propose(
        [
            Item("few-peers", Kind.Implicit, 4.5, peers: 2, manager: 2.0, self: 4),
            Item("peers", Kind.Explicit, 3.0, manager: 5.0),
        ], threshold: 3, items: 3, strengths: 3);

        var fromManager = plan.Gaps.Single(g => g.ItemKey == "few-peers");
        Assert.Equal(Basis.ManagerAndSelf, fromManager.Basis);
        Assert.Equal(2.0, fromManager.Level);
        Assert.Equal(Reason.BlindSpot, fromManager.Reason);
        Assert.Equal(3.0, plan.Gaps.Single(g => g.ItemKey == "peers").Level);
        Assert.True(plan.UsesManagerAndSelf);
    }

    [Fact]
    public void A_raised_round_threshold_suppresses_cells_the_default_would_show()
    {
        var evidence = Item("four-peers", Kind.Explicit, 1.5, peers: 4, manager: 3.5);
        Assert.Equal(Basis.Peers, PlanRules.LevelOf(evidence, 3)!.Basis);
        var raised = PlanRules.LevelOf(evidence, 5)!;
        Assert.Equal(Basis.ManagerAndSelf, raised.Basis);
        Assert.Equal(3.5, raised.Level);
    }

    [Fact]
    public void A_lone_self_score_is_not_evidence()
    {
        var plan = PlanRules.Propose([Item("self-only", Kind.Explicit, 1.0, peers: 1, self: 1)], 3, 3, 3);
        Assert.Empty(plan.Gaps);
        Assert.Empty(plan.Strengths);
    }

    [Fact]
    public void Team_outcome_answers_never_enter_a_personal_plan()
    {
        var plan = PlanRules.Propose([Item("outcome", Kind.Team, 1.0, peers: 6, manager: 1.0)], 3, 3, 3);
        Assert.Empty(plan.Gaps);
        Assert.Empty(plan.Strengths);
    }

    [Fact]
    public void Strengths_are_listed_as_things_to_teach_and_hidden_strengths_are_named()
    {
        var plan = PlanRules.Propose(
        [
            Item("strong", Kind.Explicit, 4.7, self: 5),
            Item("hidden", Kind.Implicit, 4.3, self: 3),
            Item("weak", Kind.Explicit, 2.0),
            Item("blind-but-high", Kind.Explicit, 4.0, self: 5),
        ], threshold: 3, items: 3, strengths: 3);

        Assert.Equal(["strong", "hidden"], plan.Strengths.Select(s => s.ItemKey));
        Assert.All(plan.Strengths, s => Assert.Equal(ActionType.Strength, s.ActionType));
        Assert.Equal(Reason.HiddenStrength, plan.Strengths[1].Reason);
        Assert.Contains(plan.Gaps, g => g.ItemKey == "blind-but-high" && g.Reason == Reason.BlindSpot);
        Assert.DoesNotContain(plan.Strengths, s => s.ItemKey == "blind-but-high");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5)]
    public void The_number_of_items_is_configurable(int count)
    {
        var evidence = Enumerable.Range(1, 8).Select(i => Item($"item{i}", Kind.Explicit, 1 + (i * 0.3))).ToList();
        Assert.Equal(count, PlanRules.Propose(evidence, 3, count, 0).Gaps.Count);
    }

    [Fact]
    public void The_plan_names_blind_spots_and_hidden_strengths_by_the_shared_self_versus_others_rule()
    {
        var evidence = new[]
        {
            Item("blind", Kind.Explicit, 3.0, self: 4),
            Item("hidden", Kind.Explicit, 4.5, peers: 2, manager: 4.5, self: 3),
            Item("close", Kind.Implicit, 3.0, self: 3),
        };

        foreach (var e in evidence)
        {
            Assert.Equal(Gap.Classify(e.Self, e.SeenByOthers(3)), PlanRules.LevelOf(e, 3)!.Gap);
        }
        var plan = PlanRules.Propose(evidence, 3, items: 3, strengths: 3);
        Assert.Equal(Reason.BlindSpot, plan.Gaps.Single(g => g.ItemKey == "blind").Reason);
        Assert.Equal(Reason.HiddenStrength, plan.Strengths.Single(g => g.ItemKey == "hidden").Reason);
        Assert.Equal(Reason.LowLevel, plan.Gaps.Single(g => g.ItemKey == "close").Reason);
    }

    [Theory]
    [InlineData(2.0, 3.0, Direction.Up)]
    [InlineData(3.0, 3.2, Direction.Same)]
    [InlineData(3.5, 2.5, Direction.Down)]
    public void Movement_compares_the_plan_round_with_a_later_round(double before, double after, Direction expected)
    {
        ItemLevel L(double level) => new() { ItemKey = "k", Kind = Kind.Explicit, Area = Area.Logic, Basis = Basis.Peers, Level = level };
        var movement = new Movement(L(before), L(after));
        Assert.Equal(expected, movement.Direction);
        Assert.True(movement.SameBasis);
        Assert.Equal(Direction.Unknown, new Movement(L(before), null).Direction);
    }
}
