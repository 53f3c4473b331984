using SkillMap.Core.Scoring;
using SkillMap.Core.SkillModel;

namespace SkillMap.Core.Rounds;

/// <summary>A person in a round's scope: the one team they are counted in, and whether they are rated.</summary>
public sealed record RosterMember(int PersonId, int TeamId, bool IsRated);

/// <summary>Who is in a round's teams as it is about to open.</summary>
public sealed record RoundRoster
{
    public IReadOnlyList<RosterMember> Members { get; init; } = [];

    /// <summary>Active managers of the round's teams.</summary>
    public IReadOnlyList<(int TeamId, int PersonId)> Managers { get; init; } = [];

    /// <summary>Peers a manager chose or approved (manager-assigned and nomination rounds).</summary>
    public IReadOnlyList<(int RateeId, int RaterId)> ChosenPeers { get; init; } = [];
}

public sealed record RoundRules(bool Self, bool Peer, bool Manager, bool Team, int PeerThreshold, int PeersPerRater, AssignmentMode Mode);

public sealed record PlannedSheet(Perspective Perspective, int RaterId, int? RateeId, int TeamId);

public enum PlanProblemKind
{
    /// <summary>The round's teams hold nobody who is rated.</summary>
    NobodyToRate = 1,

    /// <summary>The ratee's team has fewer possible peers than the threshold: no assignment can help.</summary>
    TooFewPossiblePeers = 2,

    /// <summary>Enough colleagues exist, but fewer are assigned than the threshold.</summary>
    TooFewPeers = 3,
}

public sealed record PlanProblem(PlanProblemKind Kind, int TeamId, int? RateeId, int Count, int Needed);

/// <summary>What opening a round would create, and why it cannot open yet.</summary>
public sealed record RoundPlan(IReadOnlyList<PlannedSheet> Sheets, IReadOnlyList<PlanProblem> Problems, IReadOnlyDictionary<int, int> PeersPerRatee)
{
    public bool CanOpen => Problems.Count == 0;
}

/// <summary>
/// Turns a roster into the sheets a round opens with: a self sheet per ratee, a sheet per assigned peer,
/// one per manager of the ratee's team, and one team sheet per member. A ratee's managers are never
/// their peers; people who are not rated are never ratees (they still rate and answer team questions).
/// The round cannot open while a ratee would have fewer peers than the anonymity threshold.
/// </summary>
public static class RoundPlanner
{
    public static RoundPlan Plan(RoundRoster roster, RoundRules rules, Random random)
    {
        var threshold = Anonymity.EffectiveThreshold(rules.PeerThreshold);
        var sheets = new List<PlannedSheet>();
        var problems = new List<PlanProblem>();
        var peerCounts = new Dictionary<int, int>();
        var managers = roster.Managers.ToLookup(m => m.TeamId, m => m.PersonId);
        if (!roster.Members.Any(m => m.IsRated))
        {
            problems.Add(new PlanProblem(PlanProblemKind.NobodyToRate, 0, null, 0, 1));
        }
        foreach (var team in roster.Members.GroupBy(m => m.TeamId).OrderBy(t => t.Key))
        {
            var teamManagers = managers[team.Key].ToHashSet();
            var ratees = team.Where(m => m.IsRated).Select(m => m.PersonId).ToList();
            foreach (var ratee in ratees)
            {
                if (rules.Self)
                {
                    sheets.Add(new PlannedSheet(Perspective.Self, ratee, ratee, team.Key));
                }
                if (rules.Manager)
                {
                    sheets.AddRange(teamManagers.Where(m => m != ratee).Order().Select(m => new PlannedSheet(Perspective.Manager, m, ratee, team.Key)));
                }
            }
            if (rules.Team)
            {
                sheets.AddRange(team.Select(m => new PlannedSheet(Perspective.Team, m.PersonId, null, team.Key)));
            }
            if (rules.Peer)
            {
                var raters = team.Select(m => m.PersonId).Where(p => !teamManagers.Contains(p)).ToList();
                var pairs = rules.Mode == AssignmentMode.Automatic
                    ? PeerAssignment.Balanced(raters, ratees, rules.PeersPerRater, random)
                    : roster.ChosenPeers.Where(p => ratees.Contains(p.RateeId) && p.RaterId != p.RateeId && raters.Contains(p.RaterId)).Distinct().ToList();
                sheets.AddRange(pairs.Select(p => new PlannedSheet(Perspective.Peer, p.RaterId, p.RateeId, team.Key)));
                foreach (var ratee in ratees)
                {
                    var possible = raters.Count(r => r != ratee);
                    var assigned = pairs.Count(p => p.RateeId == ratee);
                    peerCounts[ratee] = assigned;
                    if (possible < threshold)
                    {
                        problems.Add(new PlanProblem(PlanProblemKind.TooFewPossiblePeers, team.Key, ratee, possible, threshold));
                    }
                    else if (assigned < threshold)
                    {
                        problems.Add(new PlanProblem(PlanProblemKind.TooFewPeers, team.Key, ratee, assigned, threshold));
                    }
                }
            }
        }
        return new RoundPlan(sheets, problems, peerCounts);
    }
}
