using SkillMap.Core.SkillModel;

namespace SkillMap.Core.Plans;

/// <summary>One person's usable levels (already through the gate) in one round.</summary>
public sealed record PersonLevels(int PersonId, IReadOnlyList<ItemLevel> Levels);

/// <summary>How many people in a team need an area, and what the team does about it.</summary>
public sealed record TeamNeed
{
    public required Area Area { get; init; }
    public required Kind Kind { get; init; }

    /// <summary>People whose level in this area is below <see cref="TeamPlanRules.NeedLevel"/>.</summary>
    public required IReadOnlyList<int> People { get; init; }

    /// <summary>People with a usable level in this area at all (the "of N").</summary>
    public required int Assessed { get; init; }

    /// <summary>People strong enough in the area to teach it.</summary>
    public required IReadOnlyList<int> Teachers { get; init; }

    /// <summary>Enough people share the need that the team acts together: a workshop (explicit) or a change in how it works and recognises work (implicit).</summary>
    public required bool IsTeamAction { get; init; }

    public ActionType ActionType => IsTeamAction ? ActionType.Team : PlanRules.ActionTypeOf(Kind);
}

/// <summary>Who can teach whom: a strong person paired with the people who need their area.</summary>
public sealed record TeachingPair(Area Area, int TeacherId, IReadOnlyList<int> LearnerIds);

/// <summary>
/// Gathers a team's needs from its people's usable levels only (the same gated levels personal plans
/// use), so a count never rests on a suppressed cell.
/// </summary>
public static class TeamPlanRules
{
    /// <summary>An area average below this is a need.</summary>
    public const double NeedLevel = 3.0;

    /// <summary>A team acts together when at least this many people share a need…</summary>
    public const int MinimumPeopleForTeamAction = 2;

    /// <summary>…and they are at least this share of the people assessed in the area.</summary>
    public const double ShareForTeamAction = 0.5;

    public static IReadOnlyList<TeamNeed> Needs(IEnumerable<PersonLevels> people)
    {
        var byArea = people
            .SelectMany(p => p.Levels.Where(l => l.Kind != Kind.Team).GroupBy(l => l.Area)
                .Select(g => (p.PersonId, Area: g.Key, g.First().Kind, Average: g.Average(l => l.Level))))
            .GroupBy(x => x.Area);
        var needs = new List<TeamNeed>();
        foreach (var area in byArea.OrderBy(g => g.Key))
        {
            var needing = area.Where(x => x.Average < NeedLevel).OrderBy(x => x.Average).ThenBy(x => x.PersonId).Select(x => x.PersonId).ToList();
            if (needing.Count == 0)
            {
                continue;
            }
            var assessed = area.Count();
            needs.Add(new TeamNeed
            {
                Area = area.Key,
                Kind = area.First().Kind,
                People = needing,
                Assessed = assessed,
                Teachers = area.Where(x => x.Average >= PlanRules.StrengthLevel).OrderByDescending(x => x.Average).ThenBy(x => x.PersonId).Select(x => x.PersonId).ToList(),
                IsTeamAction = needing.Count >= MinimumPeopleForTeamAction && needing.Count >= assessed * ShareForTeamAction,
            });
        }
        return needs.OrderByDescending(n => n.IsTeamAction).ThenByDescending(n => n.People.Count).ThenBy(n => n.Area).ToList();
    }

    /// <summary>Each teacher of an area with the people who need it (nobody teaches themselves).</summary>
    public static IReadOnlyList<TeachingPair> WhoCanTeachWhom(IEnumerable<TeamNeed> needs) =>
        needs.SelectMany(n => n.Teachers.Select(t => new TeachingPair(n.Area, t, n.People.Where(p => p != t).ToList())))
            .Where(p => p.LearnerIds.Count > 0)
            .ToList();
}
