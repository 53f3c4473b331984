using SkillMap.Core.Scoring;
using SkillMap.Web.Features.SkillModel;

namespace SkillMap.Web.Features.Reports;

/// <summary>
/// Rollup cells come back with their item id only; the item's stage, area and kind are filled in from
/// the model version's items, which are read once and kept (a published version never changes).
/// Cheaper than joining SkillItem and parsing its slugs on every row.
/// </summary>
public static class ItemCells
{
    public static List<CountCell> Placed(IEnumerable<CountCell> cells, IReadOnlyDictionary<int, SkillItemRow> items) =>
        cells
            .Where(c => items.ContainsKey(c.ItemId))
            .Select(c =>
            {
                var item = items[c.ItemId];
                return c with { Stage = item.Stage, Area = item.Area, Kind = item.Kind };
            })
            .ToList();
}
