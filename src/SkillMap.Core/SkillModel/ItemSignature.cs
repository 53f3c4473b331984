namespace SkillMap.Core.SkillModel;

/// <summary>
/// What makes an item's answers comparable from one round to another: the same key and the same
/// behaviour anchors, in both languages. A reworded anchor changes what a 3 means, so a trend
/// across it would compare different questions.
/// </summary>
public sealed record ItemSignature(string Key, Bilingual Anchor1, Bilingual Anchor3, Bilingual Anchor5)
{
    public static ItemSignature Of(SkillItem item) => new(item.Key, item.Anchor1, item.Anchor3, item.Anchor5);

    /// <summary>The keys of <paramref name="reference"/> whose item is unchanged in <paramref name="other"/>.</summary>
    public static IReadOnlySet<string> ComparableKeys(IEnumerable<ItemSignature> reference, IEnumerable<ItemSignature> other)
    {
        var others = other.ToDictionary(s => s.Key, StringComparer.Ordinal);
        return reference
            .Where(r => others.TryGetValue(r.Key, out var o) && o == r)
            .Select(r => r.Key)
            .ToHashSet(StringComparer.Ordinal);
    }
}
