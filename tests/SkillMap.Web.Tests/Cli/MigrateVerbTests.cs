using System.Diagnostics;
using Microsoft.Data.Sqlite;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Cli;

/// <summary>Runs the built app as a user would: <c>SkillMap.Web migrate</c>, checking exit codes and streams.</summary>
public sealed class MigrateVerbTests
{
    private static async Task<(int ExitCode, string Out, string Error)> RunAsync(string databasePath, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
            Environment = { ["Database__SqlitePath"] = databasePath, ["Demo__Enabled"] = "true", ["ASPNETCORE_ENVIRONMENT"] = "Production" },
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SkillMap.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task Migrate_creates_the_schema_and_exits_without_starting_the_server_or_seeding()
    {
        using var directory = new TempDirectory();
        var path = directory.File("cli.db");

        var (exit, stdout, stderr) = await RunAsync(path, "migrate");

        Assert.Equal(0, exit);
        Assert.Equal("", stdout.Trim());
        Assert.Contains("0001_initial.sql", stderr);
        Assert.DoesNotContain("Now listening", stderr);
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT COUNT(*) FROM SchemaVersions) || '/' || (SELECT COUNT(*) FROM Person)";
        var scripts = SkillMap.Web.Data.Migrations.MigrationScripts.For(SkillMap.Web.Data.DatabaseEngine.Sqlite).Count;
        Assert.Equal($"{scripts}/0", (string?)await command.ExecuteScalarAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Migrate_twice_is_harmless()
    {
        using var directory = new TempDirectory();
        var path = directory.File("twice.db");

        Assert.Equal(0, (await RunAsync(path, "migrate")).ExitCode);
        var (exit, _, stderr) = await RunAsync(path, "migrate");

        Assert.Equal(0, exit);
        Assert.Contains("Applied 0 migration", stderr);
    }

    [Fact]
    public async Task A_wrong_argument_is_a_usage_error()
    {
        using var directory = new TempDirectory();

        var (exit, _, stderr) = await RunAsync(directory.File("usage.db"), "migrate", "now");

        Assert.Equal(2, exit);
        Assert.Contains("usage:", stderr);
    }
}
