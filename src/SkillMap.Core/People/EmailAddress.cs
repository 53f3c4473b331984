using System.Text;

namespace SkillMap.Core.People;

/// <summary>
/// Email addresses as keys. One person per address, compared without case and after NFKC, so
/// ＴＡＲＯ＠ＥＸＡＭＰＬＥ．ＪＰ typed on a Japanese keyboard finds taro@example.jp.
/// </summary>
public static class EmailAddress
{
    public const int MaxLength = 254;

    /// <summary>The form stored in <c>Person.NormalizedEmail</c>; null for a blank address.</summary>
    public static string? Normalize(string? email) =>
        string.IsNullOrWhiteSpace(email) ? null : Clean(email).ToUpperInvariant();

    /// <summary>What a person typed, made comparable: full-width letters and spaces folded (NFKC), trimmed.</summary>
    public static string Clean(string email) => email.Normalize(NormalizationForm.FormKC).Trim();

    /// <summary>One @, something on both sides, a dot in the domain, no spaces; not a full RFC 5322 parser on purpose.</summary>
    public static bool IsPlausible(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return false;
        }
        var address = Clean(email);
        var at = address.IndexOf('@', StringComparison.Ordinal);
        return address.Length <= MaxLength
            && at > 0
            && at == address.LastIndexOf('@')
            && address.IndexOf('.', at) > at + 1
            && !address.EndsWith('.')
            && !address.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or '"' or ',' or ';');
    }
}
