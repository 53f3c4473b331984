using SkillMap.Core.Organisation;
using SkillMap.Core.Organisation.Import;

namespace SkillMap.Web.Features.Reports.Organisation;

/// <summary>
/// The unit segment the organisation view shows: a whole unit (部 or 課, with everything below it) or
/// the whole organisation. Only units that hold at least one of the round's teams can be chosen or
/// listed, so an empty or archived branch never shows as a row of dashes; a unit from another round's
/// view falls back to the whole organisation and says so.
/// </summary>
/// <param name="Chosen">The unit picked, or null for the whole organisation.</param>
/// <param name="Listed">What the units table lists: the chosen unit's children, or the top units.</param>
/// <param name="TeamCounts">Per unit, how many of the round's teams sit in it or below it.</param>
public sealed record UnitScope(UnitTree Tree, int? Chosen, IReadOnlyList<UnitScope.UnitRef> Listed, IReadOnlyDictionary<int, int> TeamCounts)
{
    public sealed record UnitRef(int UnitId, string Name, string Path);

    /// <summary>Every unit that can be chosen, in path order.</summary>
    public required IReadOnlyList<UnitRef> Choices { get; init; }

    /// <summary>The chosen unit and those above it, from the top.</summary>
    public IReadOnlyList<UnitRef> Trail => Chosen is { } id
        ? Tree.AncestorsAndSelf(id).Reverse().Select(u => Choices.First(c => c.UnitId == u)).ToList()
        : [];

    /// <summary>True when a team in <paramref name="unitId"/> belongs to the segment.</summary>
    public bool Holds(int? unitId) =>
        Chosen is not { } chosen || (unitId is { } id && Tree.AncestorsAndSelf(id).Contains(chosen));

    /// <summary>A unit was asked for that holds none of the round's teams; the whole organisation is shown instead.</summary>
    public bool Dropped { get; init; }

    public static UnitScope For(IReadOnlyList<ExistingUnit> units, IEnumerable<OrganisationQuery.TeamRow> teams, int? chosen)
    {
        var tree = new UnitTree(units);
        var counts = new Dictionary<int, int>();
        foreach (var unitId in teams.Select(t => t.UnitId).OfType<int>())
        {
            foreach (var id in tree.AncestorsAndSelf(unitId))
            {
                counts[id] = counts.GetValueOrDefault(id) + 1;
            }
        }
        var dropped = chosen is { } c && !counts.ContainsKey(c);
        if (dropped)
        {
            chosen = null;
        }
        var held = units.Where(u => counts.ContainsKey(u.Id)).ToList();
        UnitRef Ref(ExistingUnit u) => new(u.Id, u.Name, UnitTree.Join(tree.PathOf(u.Id)));
        return new UnitScope(
            tree,
            chosen,
            held.Where(u => u.ParentId == chosen).OrderBy(u => u.Name, NameOrder.Instance).Select(Ref).ToList(),
            counts)
        {
            Choices = held.Select(Ref).OrderBy(u => u.Path, NameOrder.Instance).ToList(),
            Dropped = dropped,
        };
    }
}
