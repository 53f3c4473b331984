using SkillMap.Core.Rounds;
using SkillMap.Core.SkillModel;

namespace SkillMap.Core.Tests.Rounds;

public sealed class RoundPlannerTests
{
    private static readonly RoundRules Everything = new(Self: true, Peer: true, Manager: true, Team: true, PeerThreshold: 3, PeersPerRater: 4, AssignmentMode.Automatic);

    private static RoundRoster Team(int teamId, int size, int manager, params int[] notRated) => new()
    {
        Members = Enumerable.Range(1, size).Select(p => new RosterMember(p, teamId, !notRated.Contains(p))).ToList(),
        Managers = [(teamId, manager)],
    };

    [Fact]
    public void Opening_plans_a_self_sheet_each_peer_each_manager_and_a_team_sheet_per_member()
    {
        var plan = RoundPlanner.Plan(Team(10, 6, manager: 100), Everything, new Random(1));

        Assert.True(plan.CanOpen);
        Assert.Equal(6, plan.Sheets.Count(s => s.Perspective == Perspective.Self && s.RaterId == s.RateeId));
        Assert.Equal(6, plan.Sheets.Count(s => s.Perspective == Perspective.Manager && s.RaterId == 100));
        Assert.Equal(6, plan.Sheets.Count(s => s.Perspective == Perspective.Team && s.RateeId is null));
        Assert.Equal(24, plan.Sheets.Count(s => s.Perspective == Perspective.Peer));
        Assert.All(plan.Sheets, s => Assert.Equal(10, s.TeamId));
    }

    [Fact]
    public void People_who_are_not_rated_rate_others_but_are_never_ratees()
    {
        var plan = RoundPlanner.Plan(Team(10, 6, manager: 100, notRated: 6), Everything, new Random(1));

        Assert.DoesNotContain(plan.Sheets, s => s.RateeId == 6);
        Assert.Contains(plan.Sheets, s => s.Perspective == Perspective.Peer && s.RaterId == 6);
        Assert.Contains(plan.Sheets, s => s.Perspective == Perspective.Team && s.RaterId == 6);
    }

    [Fact]
    public void A_ratee_manager_is_never_their_peer_even_as_a_team_member()
    {
        var roster = Team(10, 6, manager: 3);

        var plan = RoundPlanner.Plan(roster, Everything, new Random(2));

        Assert.DoesNotContain(plan.Sheets, s => s.Perspective == Perspective.Peer && s.RaterId == 3);
        Assert.DoesNotContain(plan.Sheets, s => s.Perspective == Perspective.Manager && s.RateeId == 3);
    }

    [Fact]
    public void A_team_too_small_for_the_threshold_blocks_opening_and_names_every_ratee()
    {
        var plan = RoundPlanner.Plan(Team(10, 3, manager: 100), Everything, new Random(1));

        Assert.False(plan.CanOpen);
        Assert.Equal([1, 2, 3], plan.Problems.Select(p => p.RateeId!.Value).Order());
        Assert.All(plan.Problems, p => Assert.Equal((PlanProblemKind.TooFewPossiblePeers, 2, 3), (p.Kind, p.Count, p.Needed)));
    }

    [Fact]
    public void Managers_do_not_count_as_possible_peers()
    {
        // Four members, one of whom manages the team: each other ratee has two possible peers, not three.
        var plan = RoundPlanner.Plan(Team(10, 4, manager: 4), Everything, new Random(1));

        Assert.Contains(plan.Problems, p => p is { Kind: PlanProblemKind.TooFewPossiblePeers, RateeId: 1, Count: 2 });
    }

    [Fact]
    public void A_higher_threshold_needs_more_peers()
    {
        var plan = RoundPlanner.Plan(Team(10, 5, manager: 100), Everything with { PeerThreshold = 5 }, new Random(1));

        Assert.All(plan.Problems, p => Assert.Equal((4, 5), (p.Count, p.Needed)));
        Assert.Equal(5, plan.Problems.Count);
    }

    [Fact]
    public void Manager_chosen_peers_must_reach_the_threshold_for_each_ratee()
    {
        var roster = Team(10, 5, manager: 100) with { ChosenPeers = [(1, 2), (1, 3), (1, 4), (2, 1), (2, 100)] };

        var plan = RoundPlanner.Plan(roster, Everything with { Mode = AssignmentMode.Manager }, new Random(1));

        Assert.Equal(3, plan.PeersPerRatee[1]);
        Assert.Equal(1, plan.PeersPerRatee[2]);
        Assert.Contains(plan.Problems, p => p is { Kind: PlanProblemKind.TooFewPeers, RateeId: 2, Count: 1, Needed: 3 });
        Assert.DoesNotContain(plan.Problems, p => p.RateeId == 1);
        Assert.DoesNotContain(plan.Sheets, s => s.RaterId == 100 && s.Perspective == Perspective.Peer);
    }

    [Fact]
    public void Without_the_peer_perspective_a_small_team_can_open()
    {
        var plan = RoundPlanner.Plan(Team(10, 2, manager: 100), Everything with { Peer = false }, new Random(1));

        Assert.True(plan.CanOpen);
        Assert.DoesNotContain(plan.Sheets, s => s.Perspective == Perspective.Peer);
    }

    [Fact]
    public void A_round_with_nobody_to_rate_cannot_open()
    {
        var plan = RoundPlanner.Plan(new RoundRoster(), Everything, new Random(1));

        Assert.Contains(plan.Problems, p => p.Kind == PlanProblemKind.NobodyToRate);
    }
}
