using SkillMap.Core.SkillModel;

namespace SkillMap.Core.Survey;

/// <summary>
/// Splits a sheet's items into short pages: items stay grouped by stage, in model order, and a stage
/// longer than a page is cut into near-equal parts (15 items become 8 + 7, not 8 + 7 split elsewhere),
/// so no page mixes two stages and none is a lonely leftover item.
/// </summary>
public static class SurveyPages
{
    public const int ItemsPerPage = 8;

    public static IReadOnlyList<IReadOnlyList<T>> Split<T>(IEnumerable<T> items, Func<T, Stage> stageOf, int perPage = ItemsPerPage)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(perPage, 1);
        var pages = new List<IReadOnlyList<T>>();
        foreach (var stage in items.GroupBy(stageOf).OrderBy(g => g.Key))
        {
            var list = stage.ToList();
            var parts = (list.Count + perPage - 1) / perPage;
            var start = 0;
            for (var part = 0; part < parts; part++)
            {
                // Larger parts first: 15 over 2 pages is 8 + 7.
                var size = list.Count / parts + (part < list.Count % parts ? 1 : 0);
                pages.Add(list.GetRange(start, size));
                start += size;
            }
        }
        return pages;
    }

    /// <summary>
    /// Where to resume: the first page (1-based) with an unanswered item, or the first page when every
    /// item has an answer (the rater is reviewing).
    /// </summary>
    public static int ResumePage<T>(IReadOnlyList<IReadOnlyList<T>> pages, Func<T, bool> answered)
    {
        for (var i = 0; i < pages.Count; i++)
        {
            if (!pages[i].All(answered))
            {
                return i + 1;
            }
        }
        return 1;
    }
}
