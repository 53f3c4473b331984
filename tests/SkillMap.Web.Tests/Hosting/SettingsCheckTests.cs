using Microsoft.Extensions.Configuration;
using SkillMap.Web.Hosting;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Hosting;

/// <summary>A wrong setting stops start-up with one line naming the key and what is expected, never a stack trace.</summary>
public sealed class SettingsCheckTests : IDisposable
{
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    private Dictionary<string, string> Settings(params (string Key, string Value)[] settings)
    {
        var environment = new Dictionary<string, string> { ["Database__SqlitePath"] = directory.File("settings.db") };
        foreach (var (key, value) in settings)
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        return environment;
    }

    public static TheoryData<string, string, string> WrongSettings => new()
    {
        { "Database:Engine", "Postgres", "expected Sqlite or SqlServer" },
        { "Database:SqliteBusyTimeoutMs", "soon", "expected a whole number" },
        { "Organization:TimeZone", "Mars/Olympus_Mons", "expected a time zone" },
        { "Organization:DefaultLanguage", "fr", "expected ja or en" },
        { "Plans:ProposedItems", "25", "expected a whole number from 0 to 20" },
        { "Rounds:ReminderCooldownHours", "0", "expected a whole number from 1 to 720" },
        { "ForwardedHeaders:KnownProxies", "proxy.example", "expected IP addresses" },
        { "Metrics:AllowedNetworks", "10.0.0.0/33", "expected networks in CIDR form" },
        { "OpenTelemetry:OtlpEndpoint", "collector:4317", "expected an http:// or https:// address" },
    };

    [Theory]
    [MemberData(nameof(WrongSettings))]
    public async Task A_wrong_setting_stops_start_up_with_one_line_naming_it(string key, string value, string expected)
    {
        var result = await AppProcess.RunAsync(Settings((key, value)));

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("SkillMap cannot start: " + key, line);
        Assert.Contains(expected, line);
        Assert.Equal("", result.Out.Trim());
        Assert.False(File.Exists(directory.File("settings.db")), "nothing was started");
    }

    [Fact]
    public async Task SqlServer_without_a_connection_string_names_the_connection_string()
    {
        var result = await AppProcess.RunAsync(Settings(("Database:Engine", "sqlserver"), ("ConnectionStrings:SkillMap", "")));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("SkillMap cannot start: ConnectionStrings:SkillMap is empty: expected a SQL Server connection string when Database:Engine is SqlServer.", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task An_unreachable_SQL_Server_stops_start_up_with_one_line()
    {
        var result = await AppProcess.RunAsync(Settings(("Database:Engine", "SqlServer"),
            ("ConnectionStrings:SkillMap", "Server=tcp:127.0.0.1,1;Database=SkillMap;Connect Timeout=3;ConnectRetryCount=0;Encrypt=false")));

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("SkillMap cannot start: the database did not answer (", Assert.Single(result.ErrorLines));
        Assert.DoesNotContain("   at ", result.Out);
    }

    [Fact]
    public async Task A_data_path_that_cannot_be_written_is_named()
    {
        var blocker = directory.File("not-a-folder");
        await File.WriteAllTextAsync(blocker, "a file where the data folder should be", TestContext.Current.CancellationToken);

        var result = await AppProcess.RunAsync(Settings(("Database:SqlitePath", Path.Combine(blocker, "skillmap.db"))));

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("SkillMap cannot start: Database:SqlitePath is", line);
        Assert.Contains("expected a file in a folder this user can write to", line);
    }

    [Fact]
    public async Task Verbs_are_checked_too()
    {
        var result = await AppProcess.RunAsync(Settings(("Database:Engine", "Oracle")), "migrate");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("SkillMap cannot start: Database:Engine is 'Oracle': expected Sqlite or SqlServer.", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task Two_wrong_settings_give_two_lines()
    {
        var result = await AppProcess.RunAsync(Settings(("Smtp:Host", "mail.example.com"), ("Authentication:Oidc:ClientId", "skillmap")));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.StartsWith("SkillMap cannot start: Smtp:From", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, l => l.StartsWith("SkillMap cannot start: Authentication:Oidc:Authority", StringComparison.Ordinal));
        Assert.All(result.ErrorLines, l => Assert.StartsWith("SkillMap cannot start: ", l));
    }

    private IReadOnlyList<string> Problems(params (string Key, string Value)[] settings) =>
        SettingsCheck.Problems(
            new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))
                .Append(new("Database:SqlitePath", directory.File("check.db")))).Build(),
            directory.Path);

    [Fact]
    public void The_shipped_defaults_pass()
    {
        Assert.Empty(Problems());
    }

    [Fact]
    public void Smtp_settings_must_be_complete_once_a_host_is_set()
    {
        Assert.Empty(Problems(("Smtp:Host", "mail.example.com"), ("Smtp:Port", "587"), ("Smtp:From", "skillmap@example.com")));
        Assert.Empty(Problems(("Smtp:Host", "mail.example.com"), ("Smtp:From", "skillmap@example.com"), ("Smtp:Username", "u"), ("Smtp:Password", "p")));
        Assert.Contains("Smtp:Port is '99999': expected a whole number from 1 to 65535.", Problems(("Smtp:Host", "h"), ("Smtp:Port", "99999"), ("Smtp:From", "a@b.c")));
        Assert.Contains(Problems(("Smtp:Host", "h"), ("Smtp:From", "not an address")), p => p.StartsWith("Smtp:From", StringComparison.Ordinal));
        Assert.Contains(Problems(("Smtp:Host", "h"), ("Smtp:From", "a@b.c"), ("Smtp:Username", "u")), p => p.StartsWith("Smtp:Password is empty", StringComparison.Ordinal));
        Assert.Empty(Problems(("Smtp:Port", "not checked without a host")));
    }

    [Fact]
    public void Oidc_settings_must_be_complete_once_configured()
    {
        Assert.Empty(Problems(("Authentication:Oidc:DisplayName", "Company ID")));
        Assert.Empty(Problems(("Authentication:Oidc:Authority", "https://login.example.com"),
            ("Authentication:Oidc:ClientId", "skillmap"), ("Authentication:Oidc:ClientSecret", "s3cret")));
        var problems = Problems(("Authentication:Oidc:Authority", "http://login.example.com"));
        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("Authentication:Oidc:Authority", StringComparison.Ordinal) && p.Contains("https://", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Authentication:Oidc:ClientId is empty", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Authentication:Oidc:ClientSecret is empty", StringComparison.Ordinal));
    }

    [Fact]
    public void A_data_protection_certificate_must_exist_and_open()
    {
        var missing = Problems(("DataProtection:CertificatePath", directory.File("missing.pfx")));
        File.WriteAllText(directory.File("broken.pfx"), "not a certificate");
        var broken = Problems(("DataProtection:CertificatePath", directory.File("broken.pfx")));

        Assert.Equal([$"DataProtection:CertificatePath is '{directory.File("missing.pfx")}': expected a .pfx file that exists."], missing);
        Assert.Equal([$"DataProtection:CertificatePath is '{directory.File("broken.pfx")}': expected a .pfx that opens with DataProtection:CertificatePassword."], broken);
    }

    [Fact]
    public void Numbers_and_switches_that_other_features_read_are_checked_before_binding()
    {
        Assert.Equal(["Authentication:Lockout:MaxFailedAttempts is 'five': expected a whole number from 1 to 1000000."],
            Problems(("Authentication:Lockout:MaxFailedAttempts", "five")));
        Assert.Equal(["Authentication:LocalSignIn:Enabled is 'no': expected true or false."], Problems(("Authentication:LocalSignIn:Enabled", "no")));
        Assert.Equal(["Smtp:Security is 'tls': expected Auto, StartTls, SslOnConnect or None."],
            Problems(("Smtp:Host", "h"), ("Smtp:From", "a@b.c"), ("Smtp:Security", "tls")));
    }

    [Fact]
    public void Address_lists_take_commas_or_arrays()
    {
        Assert.Empty(Problems(("ForwardedHeaders:KnownProxies", "10.0.0.5, 10.0.0.6"), ("ForwardedHeaders:KnownNetworks", "10.0.0.0/8,fd00::/8"),
            ("Metrics:AllowedNetworks:0", "192.168.0.0/16"), ("Metrics:AllowedNetworks:1", "127.0.0.1/32")));
        Assert.Equal(["ForwardedHeaders:KnownNetworks has '10.0.0.0': expected networks in CIDR form such as 10.0.0.0/8, separated by commas."],
            Problems(("ForwardedHeaders:KnownNetworks:0", "10.0.0.0")));
    }
}
