using SkillMap.Core.SkillModel;

namespace SkillMap.Core.Scoring;

/// <summary>
/// Higher-level aggregates (stage, area, kind, person, team, organisation) built only from cells the
/// anonymity gate lets through. Because a hidden cell never enters any total, subtracting visible
/// cells from a total, or comparing two totals, can only ever reveal cells that are shown anyway.
/// </summary>
public static class ShownAggregate
{
    /// <summary>The cells that may be shown; everything else is dropped here, before any sum.</summary>
    public static IEnumerable<CountCell> Showable(IEnumerable<CountCell> cells, int threshold) =>
        cells.Where(cell => cell.Shown(threshold) is not null);

    /// <summary>Pooled counts per key over showable cells; a key with no showable cell is absent.</summary>
    public static IReadOnlyDictionary<TKey, LevelCounts> By<TKey>(IEnumerable<CountCell> cells, int threshold, Func<CountCell, TKey> key)
        where TKey : notnull =>
        Showable(cells, threshold)
            .GroupBy(key)
            .ToDictionary(g => g.Key, g => LevelCounts.Pool(g.Select(c => c.Counts)));

    /// <summary>Pooled counts over every showable cell; null when none may be shown.</summary>
    public static LevelCounts? Total(IEnumerable<CountCell> cells, int threshold)
    {
        var shown = Showable(cells, threshold).ToList();
        return shown.Count == 0 ? null : LevelCounts.Pool(shown.Select(c => c.Counts));
    }

    /// <summary>A stage profile (mean per stage) over showable cells.</summary>
    public static StageProfile Stages(IEnumerable<CountCell> cells, int threshold)
    {
        var byStage = By(cells, threshold, c => c.Stage);
        return new StageProfile(Enum.GetValues<Stage>().ToDictionary(s => s, s => byStage.GetValueOrDefault(s)?.Mean));
    }

    /// <summary>Means per area over showable cells; an area with nothing showable maps to null.</summary>
    public static IReadOnlyDictionary<Area, double?> Areas(IEnumerable<CountCell> cells, int threshold)
    {
        var byArea = By(cells, threshold, c => c.Area);
        return Enum.GetValues<Area>().ToDictionary(a => a, a => byArea.GetValueOrDefault(a)?.Mean);
    }
}
