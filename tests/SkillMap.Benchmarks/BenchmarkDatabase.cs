using Microsoft.Extensions.Logging.Abstractions;
using SkillMap.Web.Data;
using SkillMap.Web.Data.Migrations;
using SkillMap.Web.Features.Demo;
using SkillMap.Web.Features.Reports.Rollups;
using SkillMap.Web.Features.Rounds;

namespace SkillMap.Benchmarks;

/// <summary>A temporary SQLite file holding the demo organisation, seeded through the real code.</summary>
public sealed class BenchmarkDatabase : IAsyncDisposable
{
    private readonly string? directory;

    private BenchmarkDatabase(string? directory, Db db)
    {
        this.directory = directory;
        Db = db;
    }

    public Db Db { get; }

    public string Path => Db.SqlitePath!;

    public static async Task<BenchmarkDatabase> CreateDemoAsync()
    {
        var directory = Directory.CreateTempSubdirectory("skillmap-bench-").FullName;
        var db = new Db(new DatabaseOptions { SqlitePath = System.IO.Path.Combine(directory, "bench.db") }, null, directory);
        await new Migrator(db, NullLogger<Migrator>.Instance).MigrateAsync();
        var closer = new RoundCloser(db, TimeProvider.System,
            [new RollupStep(new RollupBuilder(db, TimeProvider.System, NullLogger<RollupBuilder>.Instance))], NullLogger<RoundCloser>.Instance);
        await new DemoSeeder(db, TimeProvider.System, closer, NullLogger<DemoSeeder>.Instance).SeedIfEmptyAsync();
        return new BenchmarkDatabase(directory, db);
    }

    /// <summary>
    /// A database file the caller keeps (e.g. one filled by <c>seed-synthetic</c>); when it does not exist
    /// yet, a synthetic organisation of <paramref name="people"/> × <paramref name="rounds"/> is written there first.
    /// </summary>
    public static async Task<BenchmarkDatabase> OpenOrGenerateAsync(string path, int people, int rounds, int seed)
    {
        var full = System.IO.Path.GetFullPath(path);
        var exists = File.Exists(full);
        var db = new Db(new DatabaseOptions { SqlitePath = full }, null, System.IO.Path.GetDirectoryName(full)!);
        await new Migrator(db, NullLogger<Migrator>.Instance).MigrateAsync();
        if (!exists)
        {
            Console.Error.WriteLine($"{full} does not exist: generating {people} people × {rounds} rounds");
            await ReportSyntheticOrganisation.GenerateAsync(db, people, rounds, seed);
        }
        return new BenchmarkDatabase(null, db);
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (directory is not null)
        {
            Directory.Delete(directory, recursive: true);
        }
        return ValueTask.CompletedTask;
    }
}
