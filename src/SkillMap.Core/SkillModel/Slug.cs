using System.Diagnostics.CodeAnalysis;

namespace SkillMap.Core.SkillModel;

/// <summary>
/// The lower-case names enums have in the database, in URLs and in the model's JSON format.
/// Multi-word names are kebab-case (<c>in-use</c>), matching the documented slugs.
/// </summary>
public static class Slug
{
    /// <remarks>Pages ask for slugs many times per item, so each enum's are worked out once.</remarks>
    public static string Of<T>(T value) where T : struct, Enum =>
        Names<T>.Slugs.TryGetValue(value, out var slug) ? slug : Spell(value);

    private static string Spell<T>(T value) where T : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static class Names<T> where T : struct, Enum
    {
        public static readonly IReadOnlyDictionary<T, string> Slugs = Enum.GetValues<T>().Distinct().ToDictionary(v => v, Spell);
    }

    public static bool TryParse<T>(string? slug, [NotNullWhen(true)] out T? value) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Of(candidate), slug, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }
        value = null;
        return false;
    }

    public static T Parse<T>(string slug) where T : struct, Enum =>
        TryParse<T>(slug, out var value) ? value.Value : throw new FormatException($"'{slug}' is not a {typeof(T).Name}.");
}
