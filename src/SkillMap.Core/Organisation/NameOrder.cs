using System.Globalization;

namespace SkillMap.Core.Organisation;

/// <summary>
/// The order people expect in a Japanese organisation: by reading (フリガナ) where there is one,
/// else by display name, in the Japanese collation with hiragana and katakana, full and half width,
/// upper and lower case treated alike (さとう = サトウ = ｻﾄｳ).
/// </summary>
public sealed class NameOrder : IComparer<string?>
{
    public static readonly NameOrder Instance = new();

    private static readonly CompareInfo Japanese = CultureInfo.GetCultureInfo("ja-JP").CompareInfo;

    private const CompareOptions Options = CompareOptions.IgnoreKanaType | CompareOptions.IgnoreWidth | CompareOptions.IgnoreCase;

    public static string Key(string displayName, string? reading) =>
        string.IsNullOrWhiteSpace(reading) ? displayName : reading;

    public int Compare(string? x, string? y)
    {
        var order = Japanese.Compare(x ?? "", y ?? "", Options);
        return order != 0 ? order : string.CompareOrdinal(x, y);
    }
}
