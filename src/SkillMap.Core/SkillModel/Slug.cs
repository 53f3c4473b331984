using System.Diagnostics.CodeAnalysis;

namespace SkillMap.Core.SkillModel;

/// <summary>
/// The lower-case names enums have in the database, in URLs and in the model's JSON format.
/// Multi-word names are kebab-case (<c>in-use</c>), matching the documented slugs.
/// </summary>
public static class Slug
{
    public static string Of<T>(T value) where T : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

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
