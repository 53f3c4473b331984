using Dapper;
using DbUp.Engine;
using SkillMap.Web.Data;
using SkillMap.Web.Data.Migrations;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Data;

public sealed class MigrationTests : IDisposable
{
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public async Task A_pooled_connection_opened_again_is_still_durable_with_foreign_keys_on()
    {
        var db = TestDb.Sqlite(directory.File("pooled.db"));
        await TestDb.Migrator(db).MigrateAsync(TestContext.Current.CancellationToken);

        for (var open = 0; open < 3; open++)
        {
            await using var connection = await db.OpenAsync(TestContext.Current.CancellationToken);
            Assert.Equal(1, await connection.ExecuteScalarAsync<int>("PRAGMA foreign_keys"));
            Assert.Equal(2, await connection.ExecuteScalarAsync<int>("PRAGMA synchronous"));
            Assert.Equal(1, await connection.ExecuteScalarAsync<int>("PRAGMA secure_delete"));
            Assert.True(await connection.ExecuteScalarAsync<int>("PRAGMA busy_timeout") > 0);
            await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() =>
                connection.ExecuteAsync("INSERT INTO TeamMembership (TeamId, PersonId, FromDate) VALUES (-1, -1, '2026-01-01')"));
        }
    }

    [Fact]
    public async Task A_new_file_gets_the_whole_schema_in_durable_WAL_mode_with_foreign_keys_on()
    {
        var db = TestDb.Sqlite(directory.File("new.db"));

        var ran = await TestDb.Migrator(db).MigrateAsync(TestContext.Current.CancellationToken);

        Assert.Equal(MigrationScripts.For(DatabaseEngine.Sqlite).Select(s => s.Name), ran);
        await using var connection = await db.OpenAsync(TestContext.Current.CancellationToken);
        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("PRAGMA foreign_keys"));
        Assert.Equal(2, await connection.ExecuteScalarAsync<int>("PRAGMA synchronous"));
        Assert.True(await connection.ExecuteScalarAsync<int>("PRAGMA busy_timeout") > 0);
        Assert.Empty(await TestDb.Migrator(db).PendingAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_failing_script_is_named_and_leaves_nothing_half_applied()
    {
        var db = TestDb.Sqlite(directory.File("failing.db"));
        var good = new SqlScript("0001_good.sql", "CREATE TABLE Good (Id INTEGER PRIMARY KEY);");
        var bad = new SqlScript("0002_bad.sql", "CREATE TABLE Half (Id INTEGER PRIMARY KEY);\n;\nTHIS IS NOT SQL;");
        await TestDb.Migrator(db, [good]).MigrateAsync(TestContext.Current.CancellationToken);

        var failure = await Assert.ThrowsAsync<MigrationException>(() => TestDb.Migrator(db, [good, bad]).MigrateAsync(TestContext.Current.CancellationToken));

        Assert.Contains("0002_bad.sql", failure.Message);
        await using var connection = await db.OpenAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM sqlite_master WHERE name = 'Half'"));
        Assert.Equal(["0001_good.sql"], await connection.QueryAsync<string>("SELECT ScriptName FROM SchemaVersions"));
    }

    [Fact]
    public async Task Two_instances_starting_together_apply_each_script_once()
    {
        var path = directory.File("race.db");
        var first = TestDb.Migrator(TestDb.Sqlite(path));
        var second = TestDb.Migrator(TestDb.Sqlite(path));

        var results = await Task.WhenAll(
            Task.Run(() => first.MigrateAsync(TestContext.Current.CancellationToken)),
            Task.Run(() => second.MigrateAsync(TestContext.Current.CancellationToken)));

        Assert.Equal(MigrationScripts.For(DatabaseEngine.Sqlite).Count, results.Sum(r => r.Count));
        await using var connection = await TestDb.Sqlite(path).OpenAsync(TestContext.Current.CancellationToken);
        Assert.Equal(MigrationScripts.For(DatabaseEngine.Sqlite).Count, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM SchemaVersions"));
    }

    [Fact]
    public async Task A_database_upgraded_by_a_newer_SkillMap_is_refused()
    {
        var db = TestDb.Sqlite(directory.File("newer.db"));
        await TestDb.Migrator(db).MigrateAsync(TestContext.Current.CancellationToken);
        await using (var connection = await db.OpenAsync(TestContext.Current.CancellationToken))
        {
            await connection.ExecuteAsync("INSERT INTO SchemaVersions (ScriptName, Applied) VALUES ('9999_from_the_future.sql', '2030-01-01')");
        }

        var refusal = await Assert.ThrowsAsync<MigrationException>(() => TestDb.Migrator(db).MigrateAsync(TestContext.Current.CancellationToken));

        Assert.Contains("newer SkillMap", refusal.Message);
        Assert.Contains("9999_from_the_future.sql", refusal.Message);
    }

    [Fact]
    public async Task The_bundled_SQLite_has_the_WAL_reset_fix()
    {
        var version = await SqliteEngineCheck.EnsureSupportedAsync(TestDb.Sqlite(directory.File("version.db")));

        Assert.True(version >= new Version(3, 51, 3), $"SQLite {version}");
    }

    [Fact]
    public void Both_engines_have_the_same_script_names()
    {
        Assert.Equal(
            MigrationScripts.For(DatabaseEngine.Sqlite).Select(s => s.Name),
            MigrationScripts.For(DatabaseEngine.SqlServer).Select(s => s.Name));
        Assert.All(MigrationScripts.For(DatabaseEngine.Sqlite), s => Assert.Matches(@"^\d{4}_[a-z0-9_]+\.sql$", s.Name));
    }
}
