using System.Diagnostics;
using Dapper;
using Microsoft.Data.Sqlite;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Cli;

/// <summary><c>SkillMap.Web seed-synthetic</c> run as a process, on small organisations.</summary>
public sealed class SeedSyntheticVerbTests
{
    private static async Task<(int ExitCode, string Out, string Error)> RunAsync(string databasePath, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
            Environment = { ["Database__SqlitePath"] = databasePath, ["ASPNETCORE_ENVIRONMENT"] = "Production" },
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

    private static async Task<List<T>> QueryAsync<T>(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        return (await connection.QueryAsync<T>(sql)).ToList();
    }

    [Fact]
    public async Task It_fills_an_empty_database_with_departments_sections_teams_of_four_to_nine_and_closed_rounds_from_every_perspective()
    {
        using var directory = new TempDirectory();
        var path = directory.File("synthetic.db");

        var (exit, stdout, stderr) = await RunAsync(path, "seed-synthetic", "--people", "80", "--rounds", "2", "--seed", "7");

        Assert.True(exit == 0, stderr);
        Assert.Equal("", stdout.Trim());
        Assert.DoesNotContain("Now listening", stderr);
        Assert.Equal([80L], await QueryAsync<long>(path, "SELECT COUNT(*) FROM Person"));
        var sizes = await QueryAsync<long>(path, "SELECT COUNT(*) FROM TeamMembership GROUP BY TeamId");
        Assert.All(sizes, size => Assert.InRange(size, 4, 9));
        Assert.Equal([0L], await QueryAsync<long>(path, "SELECT COUNT(*) FROM Team t WHERE NOT EXISTS (SELECT 1 FROM TeamManager m WHERE m.TeamId = t.Id)"));
        // Every team sits in a section (課) of a top-level department (部) of at most 15 teams.
        Assert.Equal([0L], await QueryAsync<long>(path, """
            SELECT COUNT(*) FROM Team t
            LEFT JOIN OrgUnit s ON s.Id = t.UnitId
            LEFT JOIN OrgUnit d ON d.Id = s.ParentId
            WHERE d.Id IS NULL OR d.ParentId IS NOT NULL
            """));
        var departments = await QueryAsync<long>(path, "SELECT COUNT(*) FROM Team t JOIN OrgUnit s ON s.Id = t.UnitId GROUP BY s.ParentId");
        Assert.NotEmpty(departments);
        Assert.All(departments, teams => Assert.InRange(teams, 1, 15));
        Assert.Equal(["closed", "closed"], await QueryAsync<string>(path, "SELECT Status FROM Round ORDER BY Id"));
        Assert.Equal(["manager", "peer", "self", "team"], await QueryAsync<string>(path, "SELECT DISTINCT Perspective FROM Rating ORDER BY 1"));
        Assert.True((await QueryAsync<long>(path, "SELECT COUNT(*) FROM Rating WHERE Score IS NULL AND Perspective = 'peer'"))[0] > 0, "some peers did not observe");
        Assert.Equal([0L], await QueryAsync<long>(path, "SELECT (SELECT COUNT(*) FROM DraftAnswer) + (SELECT COUNT(*) FROM Sheet)"));
        Assert.Equal([0L], await QueryAsync<long>(path, "SELECT COUNT(*) FROM Rating WHERE Perspective = 'peer' AND RaterId IS NOT NULL"));
        // Every member of every team has its own peers, at least the anonymity threshold where the team allows.
        Assert.Equal([0L], await QueryAsync<long>(path, """
            SELECT COUNT(*) FROM (
                SELECT RoundId, RateeId, COUNT(DISTINCT SheetToken) AS Peers FROM Rating WHERE Perspective = 'peer' GROUP BY RoundId, RateeId) x
            WHERE x.Peers > 4
            """));
    }

    [Fact]
    public async Task The_same_seed_draws_the_same_organisation_and_answers()
    {
        using var directory = new TempDirectory();
        const string fingerprint = "SELECT (SELECT GROUP_CONCAT(DisplayName, ',') FROM Person) || '|' || (SELECT SUM(COALESCE(Score, 0)) FROM Rating) || '|' || (SELECT COUNT(*) FROM Rating)";

        await RunAsync(directory.File("a.db"), "seed-synthetic", "--people", "40", "--rounds", "1", "--seed", "3");
        await RunAsync(directory.File("b.db"), "seed-synthetic", "--people", "40", "--rounds", "1", "--seed", "3");
        await RunAsync(directory.File("c.db"), "seed-synthetic", "--people", "40", "--rounds", "1", "--seed", "4");

        var a = await QueryAsync<string>(directory.File("a.db"), fingerprint);
        Assert.Equal(a, await QueryAsync<string>(directory.File("b.db"), fingerprint));
        Assert.NotEqual(a, await QueryAsync<string>(directory.File("c.db"), fingerprint));
    }

    [Fact]
    public async Task An_open_round_can_be_added_with_every_sheet_ready_and_nothing_answered()
    {
        using var directory = new TempDirectory();
        var path = directory.File("open.db");

        var (exit, _, stderr) = await RunAsync(path, "seed-synthetic", "--people", "30", "--rounds", "0", "--open-round");

        Assert.True(exit == 0, stderr);
        Assert.Equal(["open"], await QueryAsync<string>(path, "SELECT Status FROM Round"));
        Assert.Equal([0L], await QueryAsync<long>(path, "SELECT COUNT(*) FROM DraftAnswer"));
        Assert.Equal([0L], await QueryAsync<long>(path, "SELECT MAX(Revision) FROM Sheet"));
        var rated = await QueryAsync<long>(path, "SELECT COUNT(*) FROM TeamMembership m JOIN Person p ON p.Id = m.PersonId WHERE p.IsRated = 1");
        Assert.Equal(rated, await QueryAsync<long>(path, "SELECT COUNT(*) FROM Sheet WHERE Perspective = 'self'"));
        Assert.Equal(rated, await QueryAsync<long>(path, "SELECT COUNT(*) FROM Sheet WHERE Perspective = 'manager'"));
        Assert.Equal(await QueryAsync<long>(path, "SELECT COUNT(*) FROM TeamMembership"), await QueryAsync<long>(path, "SELECT COUNT(*) FROM Sheet WHERE Perspective = 'team'"));
    }

    [Fact]
    public async Task A_database_that_holds_people_is_refused_and_left_as_it_was()
    {
        using var directory = new TempDirectory();
        var path = directory.File("full.db");
        await RunAsync(path, "seed-synthetic", "--people", "20", "--rounds", "0");

        var (exit, _, stderr) = await RunAsync(path, "seed-synthetic", "--people", "20", "--rounds", "1");

        Assert.Equal(1, exit);
        Assert.Contains("only an empty database", stderr);
        Assert.Equal([20L], await QueryAsync<long>(path, "SELECT COUNT(*) FROM Person"));
        Assert.Equal([0L], await QueryAsync<long>(path, "SELECT COUNT(*) FROM Round"));
    }

    [Theory]
    [InlineData("--people", "50")]
    [InlineData("--people", "many", "--rounds", "2")]
    [InlineData("--people", "3", "--rounds", "2")]
    [InlineData("--people", "50", "--rounds", "2", "--colour", "blue")]
    public async Task Wrong_arguments_are_a_usage_error(params string[] args)
    {
        using var directory = new TempDirectory();

        var (exit, _, stderr) = await RunAsync(directory.File("usage.db"), ["seed-synthetic", .. args]);

        Assert.Equal(2, exit);
        Assert.Contains("usage: dotnet run --project src/SkillMap.Web -- seed-synthetic", stderr);
    }
}
