using Microsoft.Extensions.Logging.Abstractions;
using SkillMap.Web.Data;
using SkillMap.Web.Data.Migrations;
using SkillMap.Web.Features.Demo;
using SkillMap.Web.Features.Rounds;

namespace SkillMap.Benchmarks;

/// <summary>A temporary SQLite file holding the demo organisation, seeded through the real code.</summary>
public sealed class BenchmarkDatabase : IAsyncDisposable
{
    private readonly string directory;

    private BenchmarkDatabase(string directory, Db db)
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
        var closer = new RoundCloser(db, TimeProvider.System, [], NullLogger<RoundCloser>.Instance);
        await new DemoSeeder(db, TimeProvider.System, closer, NullLogger<DemoSeeder>.Instance).SeedIfEmptyAsync();
        return new BenchmarkDatabase(directory, db);
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
        return ValueTask.CompletedTask;
    }
}
