using System.Globalization;
using System.Net;
using Microsoft.Data.SqlClient;

namespace SkillMap.Web.Hosting;

/// <summary>
/// Checks the settings before anything reads them, so a wrong value stops start-up with one line
/// that names the key and what is expected, instead of a binder's stack trace minutes later.
/// </summary>
public static class SettingsCheck
{
    /// <summary>Every problem found, one sentence each; empty when SkillMap can start.</summary>
    public static IReadOnlyList<string> Problems(IConfiguration configuration, string contentRoot)
    {
        var problems = new List<string>();
        void Check(string? problem)
        {
            if (problem is not null)
            {
                problems.Add(problem);
            }
        }

        var engine = configuration["Database:Engine"];
        if (!string.IsNullOrWhiteSpace(engine) && !engine.Equals("Sqlite", StringComparison.OrdinalIgnoreCase) && !engine.Equals("SqlServer", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"Database:Engine is '{engine}': expected Sqlite or SqlServer.");
        }
        else if ("SqlServer".Equals(engine, StringComparison.OrdinalIgnoreCase))
        {
            Check(SqlServerConnectionString(configuration.GetConnectionString("SkillMap")));
        }
        else
        {
            Check(SqlitePathWritable(configuration["Database:SqlitePath"] ?? Path.Combine("App_Data", "skillmap.db"), contentRoot));
        }
        Check(Boolean(configuration, "Database:MigrateOnStart"));
        Check(Integer(configuration, "Database:SqliteBusyTimeoutMs", 0, 600_000));
        Check(Integer(configuration, "Database:SqliteCacheSizeMiB", 1, 65_536));
        Check(Boolean(configuration, "Demo:Enabled"));

        var language = configuration["Organization:DefaultLanguage"];
        if (!string.IsNullOrEmpty(language) && language is not ("ja" or "en"))
        {
            problems.Add($"Organization:DefaultLanguage is '{language}': expected ja or en.");
        }
        var zone = configuration["Organization:TimeZone"];
        if (!string.IsNullOrEmpty(zone) && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            problems.Add($"Organization:TimeZone is '{zone}': expected a time zone this machine knows, such as Asia/Tokyo or UTC.");
        }

        problems.AddRange(Smtp(configuration));
        problems.AddRange(Oidc(configuration));
        Check(Certificate(configuration, contentRoot));
        Check(Boolean(configuration, "Authentication:LocalSignIn:Enabled"));
        foreach (var key in new[] { "Authentication:Lockout:MaxFailedAttempts", "Authentication:Lockout:Minutes", "Authentication:Password:MinimumLength",
            "Authentication:Invitation:Hours", "Authentication:PasswordReset:Hours", "RateLimits:Account:PermitLimit", "RateLimits:Account:WindowSeconds",
            "RateLimits:Posts:PermitLimit", "RateLimits:Posts:WindowSeconds" })
        {
            Check(Integer(configuration, key, 1, 1_000_000));
        }
        Check(Integer(configuration, "RequestLimits:MaxBodyBytes", 1024, int.MaxValue));
        Check(Integer(configuration, "Rounds:PollSeconds", 1, 86_400));
        Check(Integer(configuration, "Rounds:RetentionYears", 1, 100));
        Check(Integer(configuration, "Rounds:ReminderCooldownHours", 1, 720));
        Check(Integer(configuration, "Plans:ProposedItems", 0, 20));
        Check(Integer(configuration, "Plans:StrengthItems", 0, 20));
        problems.AddRange(NetworkSettings.Problems(configuration));
        Check(AbsoluteUri(configuration, "OpenTelemetry:OtlpEndpoint"));
        var protocol = configuration["OpenTelemetry:OtlpProtocol"];
        if (!string.IsNullOrEmpty(protocol) && protocol is not ("grpc" or "http/protobuf"))
        {
            problems.Add($"OpenTelemetry:OtlpProtocol is '{protocol}': expected grpc or http/protobuf.");
        }
        Check(Integer(configuration, "OpenTelemetry:ExportIntervalSeconds", 1, 3600));
        return problems;
    }

    private static string? SqlServerConnectionString(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "ConnectionStrings:SkillMap is empty: expected a SQL Server connection string when Database:Engine is SqlServer.";
        }
        try
        {
            var builder = new SqlConnectionStringBuilder(value);
            return string.IsNullOrWhiteSpace(builder.DataSource)
                ? "ConnectionStrings:SkillMap has no Server: expected a SQL Server connection string such as Server=db;Database=SkillMap;…"
                : null;
        }
        catch (ArgumentException e)
        {
            return $"ConnectionStrings:SkillMap is not a valid SQL Server connection string ({e.Message.TrimEnd('.')}).";
        }
    }

    /// <summary>The folder must exist or be creatable, and accept a new file; an existing database file must be writable.</summary>
    private static string? SqlitePathWritable(string configured, string contentRoot)
    {
        string path;
        try
        {
            path = Path.GetFullPath(configured, contentRoot);
        }
        catch (ArgumentException)
        {
            return $"Database:SqlitePath is '{configured}': expected a file path.";
        }
        var folder = Path.GetDirectoryName(path)!;
        try
        {
            if (Directory.Exists(path))
            {
                return $"Database:SqlitePath is '{path}', a folder: expected a file path such as {Path.Combine(path, "skillmap.db")}.";
            }
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".skillmap-write-test-{Environment.ProcessId}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
            if (File.Exists(path))
            {
                using var _ = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
            }
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"Database:SqlitePath is '{path}': expected a file in a folder this user can write to ({e.GetType().Name}: {e.Message.TrimEnd('.')}).";
        }
    }

    private static IEnumerable<string> Smtp(IConfiguration configuration)
    {
        var smtp = configuration.GetSection("Smtp");
        if (string.IsNullOrWhiteSpace(smtp["Host"]))
        {
            yield break;
        }
        foreach (var problem in new[]
        {
            Integer(configuration, "Smtp:Port", 1, 65535),
            Integer(configuration, "Smtp:TimeoutSeconds", 1, 600),
            OneOf(configuration, "Smtp:Security", "Auto", "StartTls", "SslOnConnect", "None"),
        }.OfType<string>())
        {
            yield return problem;
        }
        if (string.IsNullOrWhiteSpace(smtp["From"]) || !System.Net.Mail.MailAddress.TryCreate(smtp["From"], out _))
        {
            yield return $"Smtp:From is '{smtp["From"]}': expected the sender's e-mail address when Smtp:Host is set.";
        }
        var user = !string.IsNullOrEmpty(smtp["Username"]);
        var password = !string.IsNullOrEmpty(smtp["Password"]);
        if (user != password)
        {
            yield return user
                ? "Smtp:Password is empty: expected it with Smtp:Username (or neither, for a relay without sign-in)."
                : "Smtp:Username is empty: expected it with Smtp:Password (or neither, for a relay without sign-in).";
        }
    }

    /// <summary>OpenID Connect is on once an Authority or a ClientId is given; then all three are needed.</summary>
    private static IEnumerable<string> Oidc(IConfiguration configuration)
    {
        var oidc = configuration.GetSection("Authentication:Oidc");
        if (string.IsNullOrWhiteSpace(oidc["Authority"]) && string.IsNullOrWhiteSpace(oidc["ClientId"]))
        {
            yield break;
        }
        if (!Uri.TryCreate(oidc["Authority"], UriKind.Absolute, out var authority) || authority.Scheme != Uri.UriSchemeHttps)
        {
            yield return $"Authentication:Oidc:Authority is '{oidc["Authority"]}': expected the identity provider's https:// address when OpenID Connect is configured.";
        }
        foreach (var key in new[] { "ClientId", "ClientSecret" })
        {
            if (string.IsNullOrWhiteSpace(oidc[key]))
            {
                yield return $"Authentication:Oidc:{key} is empty: expected the value registered with the identity provider when OpenID Connect is configured.";
            }
        }
    }

    /// <summary>The certificate that encrypts data-protection keys must open with its password and hold a private key.</summary>
    private static string? Certificate(IConfiguration configuration, string contentRoot)
    {
        if (configuration["DataProtection:CertificatePath"] is not { Length: > 0 } configured)
        {
            return null;
        }
        var path = Path.GetFullPath(configured, contentRoot);
        if (!File.Exists(path))
        {
            return $"DataProtection:CertificatePath is '{path}': expected a .pfx file that exists.";
        }
        try
        {
            using var certificate = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(
                path, configuration["DataProtection:CertificatePassword"], System.Security.Cryptography.X509Certificates.X509KeyStorageFlags.EphemeralKeySet);
            return certificate.HasPrivateKey ? null : $"DataProtection:CertificatePath is '{path}': expected a certificate with its private key.";
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return $"DataProtection:CertificatePath is '{path}': expected a .pfx that opens with DataProtection:CertificatePassword.";
        }
    }

    private static string? OneOf(IConfiguration configuration, string key, params string[] allowed)
    {
        var value = configuration[key];
        return string.IsNullOrEmpty(value) || allowed.Contains(value, StringComparer.OrdinalIgnoreCase)
            ? null
            : $"{key} is '{value}': expected {string.Join(", ", allowed[..^1])} or {allowed[^1]}.";
    }

    internal static string? Boolean(IConfiguration configuration, string key)
    {
        var value = configuration[key];
        return string.IsNullOrEmpty(value) || bool.TryParse(value, out _) ? null : $"{key} is '{value}': expected true or false.";
    }

    internal static string? Integer(IConfiguration configuration, string key, int min, int max)
    {
        var value = configuration[key];
        return string.IsNullOrEmpty(value)
            || (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
            ? null
            : $"{key} is '{value}': expected a whole number from {min} to {max}.";
    }

    private static string? AbsoluteUri(IConfiguration configuration, string key)
    {
        var value = configuration[key];
        return string.IsNullOrEmpty(value) || (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            ? null
            : $"{key} is '{value}': expected an http:// or https:// address such as http://collector:4317.";
    }

    /// <summary>Parses an address list setting ("10.0.0.5, 10.0.0.6" or an array); a bad entry is a problem.</summary>
    internal static IEnumerable<string> List(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection(key);
        var values = section.Value is { } single
            ? single.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : section.GetChildren().Select(c => c.Value?.Trim()).OfType<string>().Where(v => v.Length > 0);
        return values;
    }

    internal static bool IsAddress(string value) => IPAddress.TryParse(value, out _);
}
