using Dapper;
using Microsoft.Data.Sqlite;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Hosting;

/// <summary>Upgrading: pending scripts run at start; a database migrated by a newer SkillMap stops an older one with one line.</summary>
public sealed class UpgradeTests : IDisposable
{
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public async Task An_older_SkillMap_refuses_a_database_a_newer_one_migrated_with_one_line()
    {
        var path = directory.File("upgraded.db");
        var environment = new Dictionary<string, string> { ["Database__SqlitePath"] = path };
        Assert.Equal(0, (await AppProcess.RunAsync(environment, "migrate")).ExitCode);
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync();
            await connection.ExecuteAsync("INSERT INTO SchemaVersions (ScriptName, Applied) VALUES ('0099_from_a_newer_release.sql', '2030-01-01')");
        }

        var result = await AppProcess.RunAsync(environment);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "SkillMap cannot start: The database was upgraded by a newer SkillMap (it has run 0099_from_a_newer_release.sql); run that version or newer.",
            Assert.Single(result.ErrorLines));
        Assert.DoesNotContain("   at ", result.Error + result.Out);
        Assert.DoesNotContain("Now listening", result.Out);
    }
}
