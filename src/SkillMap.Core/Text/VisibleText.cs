using System.Globalization;
using System.Text;

namespace SkillMap.Core.Text;

/// <summary>
/// Lengths as a person counts them: one per character they see (a text element), so 👨‍👩‍👧 or が
/// written with a combining mark is one, where .NET's <c>string.Length</c> says 8 or 2.
/// </summary>
public static class VisibleText
{
    /// <summary>The limit of every free-text field (comments, notes): 1,000 visible characters.</summary>
    public const int FreeText = 1000;

    /// <summary>The UTF-16 units a free-text column holds (SQL Server NVARCHAR(4000)).</summary>
    public const int FreeTextStorage = 4000;

    /// <summary>The limit of names (people, teams, units): 100 visible characters.</summary>
    public const int Name = 100;

    /// <summary>The UTF-16 units a name column holds (SQL Server NVARCHAR(400)).</summary>
    public const int NameStorage = 400;

    public static int Length(string? text) => string.IsNullOrEmpty(text) ? 0 : new StringInfo(text).LengthInTextElements;

    /// <summary>
    /// True when the text fits both the visible limit and the column it is stored in. A text no longer in
    /// UTF-16 units than the visible limit fits without counting.
    /// </summary>
    public static bool Fits(string? text, int visibleLimit = FreeText, int storageLimit = FreeTextStorage) =>
        text is null || (text.Length <= storageLimit && (text.Length <= visibleLimit || Length(text) <= visibleLimit));

    /// <summary>Line breaks, tabs and other control characters have no place in a one-line field.</summary>
    public static bool HasControlCharacters(string text) =>
        text.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029');

    /// <summary>Compatibility normalisation: full-width letters and digits become ASCII, half-width kana full-width.</summary>
    public static string Nfkc(string text) => text.Normalize(NormalizationForm.FormKC);
}
