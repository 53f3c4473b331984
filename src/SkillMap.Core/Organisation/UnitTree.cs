using SkillMap.Core.Organisation.Import;
using SkillMap.Core.Text;

namespace SkillMap.Core.Organisation;

/// <summary>
/// The units above teams (部 → 課), read as paths of names from the top: "運用本部/基盤課". Names are
/// matched after NFKC and case folding, so "第１課" and "第1課" are one unit.
/// </summary>
public sealed class UnitTree
{
    private readonly Dictionary<int, ExistingUnit> byId;

    public UnitTree(IEnumerable<ExistingUnit> units) => byId = units.ToDictionary(u => u.Id);

    public static string Key(string name) => VisibleText.Nfkc(name).Trim().ToUpperInvariant();

    /// <summary>Splits "A/B" into ["A", "B"]; null when a segment is empty ("A//B", "/A").</summary>
    public static IReadOnlyList<string>? Split(string path)
    {
        var segments = path.Split(OrganisationValues.UnitSeparators).Select(s => s.Trim()).ToList();
        return segments.Any(s => s.Length == 0) ? null : segments;
    }

    public static string Join(IEnumerable<string> path) => string.Join("/", path);

    /// <summary>Names from the top unit down to this one; a broken chain stops rather than loops.</summary>
    public IReadOnlyList<string> PathOf(int? unitId)
    {
        var path = new List<string>();
        var seen = new HashSet<int>();
        while (unitId is { } id && byId.TryGetValue(id, out var unit) && seen.Add(id))
        {
            path.Insert(0, unit.Name);
            unitId = unit.ParentId;
        }
        return path;
    }

    public IReadOnlyList<int> AncestorsAndSelf(int unitId)
    {
        var ids = new List<int>();
        int? current = unitId;
        while (current is { } id && byId.TryGetValue(id, out var unit) && !ids.Contains(id))
        {
            ids.Add(id);
            current = unit.ParentId;
        }
        return ids;
    }

    public enum Resolution
    {
        Found,
        Missing,
        Archived,
        Ambiguous,
    }

    /// <summary>
    /// Walks a path from the top. <paramref name="found"/> holds the ids of the leading segments that
    /// exist; the walk stops at the first segment that is missing, archived or ambiguous.
    /// </summary>
    public Resolution Resolve(IReadOnlyList<string> path, out List<int> found)
    {
        found = [];
        int? parent = null;
        foreach (var segment in path)
        {
            var key = Key(segment);
            var matches = byId.Values.Where(u => u.ParentId == parent && Key(u.Name) == key).ToList();
            var active = matches.Where(u => !u.Archived).ToList();
            if (active.Count > 1)
            {
                return Resolution.Ambiguous;
            }
            if (active.Count == 0)
            {
                return matches.Count > 0 ? Resolution.Archived : Resolution.Missing;
            }
            found.Add(active[0].Id);
            parent = active[0].Id;
        }
        return Resolution.Found;
    }
}
