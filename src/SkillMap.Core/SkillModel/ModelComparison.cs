namespace SkillMap.Core.SkillModel;

public enum ItemChangeKind
{
    Added,
    Removed,
    /// <summary>Same key and levels, other texts or tags changed: still the same question, trends hold.</summary>
    Reworded,
    /// <summary>Same key but different levels: not comparable (publishing refuses it; a new key is needed).</summary>
    Reanchored,
}

public sealed record ItemChange(ItemChangeKind Kind, string Key, SkillItem? Before, SkillItem? After, IReadOnlyList<string> Fields);

/// <summary>
/// What changed between two versions of the model, and whether an item's answers can be compared
/// across them: only when its key and all three anchors (both languages) are unchanged.
/// </summary>
public static class ModelComparison
{
    public static bool AnchorsEqual(SkillItem a, SkillItem b) =>
        a.Anchor1 == b.Anchor1 && a.Anchor3 == b.Anchor3 && a.Anchor5 == b.Anchor5;

    public static bool Comparable(SkillItem a, SkillItem b) =>
        string.Equals(a.Key, b.Key, StringComparison.Ordinal) && AnchorsEqual(a, b);

    public static IReadOnlyList<ItemChange> Compare(IReadOnlyList<SkillItem> from, IReadOnlyList<SkillItem> to)
    {
        var before = from.ToDictionary(i => i.Key, StringComparer.Ordinal);
        var after = to.ToDictionary(i => i.Key, StringComparer.Ordinal);
        var changes = new List<ItemChange>();
        foreach (var item in to)
        {
            if (!before.TryGetValue(item.Key, out var old))
            {
                changes.Add(new ItemChange(ItemChangeKind.Added, item.Key, null, item, []));
                continue;
            }
            var fields = ChangedFields(old, item);
            if (!AnchorsEqual(old, item))
            {
                changes.Add(new ItemChange(ItemChangeKind.Reanchored, item.Key, old, item, fields));
            }
            else if (fields.Count > 0)
            {
                changes.Add(new ItemChange(ItemChangeKind.Reworded, item.Key, old, item, fields));
            }
        }
        changes.AddRange(from.Where(i => !after.ContainsKey(i.Key)).Select(i => new ItemChange(ItemChangeKind.Removed, i.Key, i, null, [])));
        return changes;
    }

    /// <summary>
    /// Items of a draft that keep a key an earlier version used with other levels. Publishing such a
    /// draft would let a trend compare two different questions, so it is refused.
    /// </summary>
    public static IReadOnlyList<ModelProblem> AnchorConflicts(IReadOnlyList<SkillItem> draft, IEnumerable<(int Version, IReadOnlyList<SkillItem> Items)> earlier)
    {
        var problems = new List<ModelProblem>();
        var versions = earlier.OrderByDescending(v => v.Version).ToList();
        for (var i = 0; i < draft.Count; i++)
        {
            var item = draft[i];
            foreach (var (version, items) in versions)
            {
                var old = items.FirstOrDefault(o => string.Equals(o.Key, item.Key, StringComparison.Ordinal));
                if (old is not null && !AnchorsEqual(old, item))
                {
                    problems.Add(new ModelProblem(i + 1, item.Key, "anchors", ModelProblemKind.AnchorsChanged, item.Key, version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    break;
                }
            }
        }
        return problems;
    }

    private static List<string> ChangedFields(SkillItem a, SkillItem b)
    {
        var fields = new List<string>();
        if (a.Statement != b.Statement) fields.Add("statement");
        if (!AnchorsEqual(a, b)) fields.Add("anchors");
        if (a.Help != b.Help) fields.Add("help");
        if (a.Development != b.Development || a.DevelopmentType != b.DevelopmentType) fields.Add("development");
        if (a.Kind != b.Kind) fields.Add("kind");
        if (a.Area != b.Area) fields.Add("area");
        if (a.Stage != b.Stage) fields.Add("stage");
        if (a.Core != b.Core) fields.Add("core");
        if (!a.PracticeAreas.SequenceEqual(b.PracticeAreas)) fields.Add("practiceAreas");
        if (!a.LifecycleEvents.SequenceEqual(b.LifecycleEvents)) fields.Add("lifecycleEvents");
        return fields;
    }
}
