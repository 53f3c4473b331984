using System.Text.RegularExpressions;
using SkillMap.Core.Text;

namespace SkillMap.Core.Organisation;

/// <summary>Emails as typed in Japanese offices: full-width letters normalised, case ignored for matching.</summary>
public static partial class EmailAddress
{
    public const int MaxLength = 320;

    public static string Clean(string text) => VisibleText.Nfkc(text).Trim();

    public static string Normalized(string cleaned) => cleaned.ToUpperInvariant();

    public static bool IsValid(string cleaned) => cleaned.Length <= MaxLength && Shape().IsMatch(cleaned);

    [GeneratedRegex(@"^[^@\s\p{C}]+@[^@\s\p{C}]+\.[^@\s\p{C}]+$")]
    private static partial Regex Shape();
}
