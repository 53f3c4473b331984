using System.Globalization;
using System.Text;

namespace SkillMap.Core.Organisation;

/// <summary>
/// Free-text limits counted as a person counts: characters they see (grapheme clusters), so 1,000
/// emoji or kanji fit. A second, hidden bound in UTF-16 units matches the NVARCHAR(4000) columns.
/// </summary>
public static class VisibleText
{
    public const int MaxVisible = 1000;
    public const int MaxUnits = 4000;

    public static int Length(string text) => new StringInfo(text).LengthInTextElements;

    public static bool Fits(string text, int maxVisible = MaxVisible, int maxUnits = MaxUnits) =>
        text.Length <= maxUnits && (text.Length <= maxVisible || Length(text) <= maxVisible);

    /// <summary>Line breaks, tabs and other control characters have no place in a one-line field.</summary>
    public static bool HasControlCharacters(string text) =>
        text.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029');

    /// <summary>Compatibility normalisation: full-width letters and digits become ASCII, half-width kana full-width.</summary>
    public static string Nfkc(string text) => text.Normalize(NormalizationForm.FormKC);
}
