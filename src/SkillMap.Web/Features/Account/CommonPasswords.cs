using System.Text;

namespace SkillMap.Web.Features.Account;

/// <summary>
/// The passwords attackers try first (OWASP ASVS 6.2.4): a list of 10,000 common passwords shipped
/// inside the binary (CommonPasswords.txt), compared without regard to case or full-width forms.
/// </summary>
public static class CommonPasswords
{
    private const string ResourceName = "SkillMap.Web.CommonPasswords.txt";

    private static readonly Lazy<HashSet<string>> List = new(Load);

    public static int Count => List.Value.Count;

    public static bool Contains(string? password) =>
        !string.IsNullOrEmpty(password) && List.Value.Contains(Normalise(password));

    private static string Normalise(string password) =>
        password.Normalize(NormalizationForm.FormKC).Trim().ToLowerInvariant();

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                set.Add(Normalise(line));
            }
        }
        return set;
    }
}
