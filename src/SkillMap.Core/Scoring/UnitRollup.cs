using SkillMap.Core.Organisation;

namespace SkillMap.Core.Scoring;

/// <summary>
/// Rolls totals up the unit tree (部 → 課 → team): a unit gets the pooled counts of the teams directly
/// under it and of every unit below it. The inputs must be team totals built only from cells the
/// anonymity gate let through (as the team summary rollup is), so a unit total is a pool of shown
/// cells as well: nothing hidden enters it, and subtracting visible teams from a unit can only reveal
/// other shown cells. A key that no team below a unit has stays absent for that unit, never zero.
/// </summary>
public static class UnitRollup
{
    /// <param name="tree">The units; a broken or looping parent chain stops instead of looping.</param>
    /// <param name="direct">Per unit, the pooled totals of the teams placed directly in it.</param>
    public static IReadOnlyDictionary<int, IReadOnlyDictionary<TKey, LevelCounts>> Roll<TKey>(
        UnitTree tree, IEnumerable<(int UnitId, TKey Key, LevelCounts Counts)> direct)
        where TKey : notnull
    {
        var totals = new Dictionary<int, Dictionary<TKey, LevelCounts>>();
        foreach (var (unitId, key, counts) in direct)
        {
            foreach (var id in tree.AncestorsAndSelf(unitId))
            {
                if (!totals.TryGetValue(id, out var byKey))
                {
                    totals[id] = byKey = [];
                }
                byKey[key] = byKey.TryGetValue(key, out var sum) ? sum + counts : counts;
            }
        }
        return totals.ToDictionary(u => u.Key, u => (IReadOnlyDictionary<TKey, LevelCounts>)u.Value);
    }
}
