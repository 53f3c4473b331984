using System.Diagnostics;
using Dapper;
using Microsoft.Data.Sqlite;
using SkillMap.Web.Data;
using SkillMap.Web.Data.Migrations;
using SkillMap.Web.Features.Survey;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Cli;

/// <summary><c>backup --to FILE</c> while SkillMap serves, <c>restore --from FILE</c> while it is stopped, run as an operator runs them.</summary>
public sealed class BackupRestoreTests : IDisposable
{
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    private string Database => directory.File("skillmap.db");

    private Task<AppProcess.Result> RunAsync(params string[] args) =>
        AppProcess.RunAsync(new Dictionary<string, string> { ["Database__SqlitePath"] = Database }, args);

    private static async Task<T> ScalarAsync<T>(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        return (await connection.ExecuteScalarAsync<T>(sql))!;
    }

    private async Task PersonAsync(string name)
    {
        await new TestOrganisation(TestDb.Sqlite(Database)).PersonAsync(name, null);
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task A_backup_taken_while_answers_are_written_opens_passes_integrity_check_and_holds_every_answer_acknowledged_before_it_started()
    {
        using var app = new SkillMapFactory(new Dictionary<string, string?> { ["Database:SqlitePath"] = Database, ["Demo:Enabled"] = "false" });
        var db = app.Service<Db>();
        var org = new TestOrganisation(db);
        var model = await org.ModelAsync();
        var items = (await org.ItemIdsAsync(model)).Where(i => !i.Key.StartsWith("outcome", StringComparison.Ordinal)).Select(i => i.Value).ToList();
        var team = await org.TeamAsync("Backup team");
        var round = await org.RoundAsync(model, "open", team);
        var people = new List<(int Person, int Sheet)>();
        for (var i = 0; i < 120; i++)
        {
            var person = await org.PersonAsync($"Person {i}", team);
            people.Add((person, await org.EmptySheetAsync(round, "self", person, person, team)));
        }
        var writer = app.Service<AnswerWriter>();
        var acknowledged = new List<(int Person, int Item, int Score, long At)>();
        using var stop = new CancellationTokenSource();
        var writing = Task.Run(async () =>
        {
            foreach (var (item, itemIndex) in items.Select((item, index) => (item, index)))
            {
                foreach (var (person, sheet) in people)
                {
                    if (stop.IsCancellationRequested)
                    {
                        return;
                    }
                    var score = (person + item) % 5 + 1;
                    var result = await writer.SaveAsync(new SaveRequest(sheet, person, itemIndex, new Dictionary<int, SheetAnswer> { [item] = new(score, null) }, items.Count));
                    Assert.Equal(SaveOutcome.Saved, result.Outcome);
                    lock (acknowledged)
                    {
                        acknowledged.Add((person, item, score, Stopwatch.GetTimestamp()));
                    }
                }
            }
        });
        while (acknowledged.Count < 50 && !writing.IsCompleted)
        {
            await Task.Delay(10);
        }

        var started = Stopwatch.GetTimestamp();
        var backup = directory.File("backup.db");
        var result = await RunAsync("backup", "--to", backup);
        var finished = Stopwatch.GetTimestamp();
        await stop.CancelAsync();
        await writing;

        Assert.True(0 == result.ExitCode, result.Error);
        Assert.Contains("integrity ok", result.Error);
        List<(int Person, int Item, int Score, long At)> before, during;
        lock (acknowledged)
        {
            before = acknowledged.Where(a => a.At < started).ToList();
            during = acknowledged.Where(a => a.At > started && a.At < finished).ToList();
        }
        Assert.NotEmpty(during);
        Assert.False(File.Exists(backup + "-wal"));
        await using var copy = new SqliteConnection($"Data Source={backup};Mode=ReadOnly;Pooling=False");
        await copy.OpenAsync();
        Assert.Equal("ok", await copy.ExecuteScalarAsync<string>("PRAGMA integrity_check"));
        var stored = (await copy.QueryAsync<(long Person, long Item, long Score)>(
            "SELECT s.RaterId, a.SkillItemId, a.Score FROM DraftAnswer a JOIN Sheet s ON s.Id = a.SheetId")).ToHashSet();
        Assert.All(before, a => Assert.Contains(((long)a.Person, (long)a.Item, (long)a.Score), stored));
        Assert.True(stored.Count >= before.Count);
    }

    [Fact]
    public async Task Restore_puts_a_checked_backup_back_and_keeps_the_database_it_replaced()
    {
        Assert.Equal(0, (await RunAsync("migrate")).ExitCode);
        await PersonAsync("In the backup");
        var backup = directory.File("monday.db");
        Assert.Equal(0, (await RunAsync("backup", "--to", backup)).ExitCode);
        await PersonAsync("Added after the backup");

        var result = await RunAsync("restore", "--from", backup);

        Assert.True(0 == result.ExitCode, result.Error);
        Assert.Equal("", result.Out.Trim());
        Assert.Contains("People erased after this backup was taken are back", result.Error);
        Assert.Equal("In the backup", await ScalarAsync<string>(Database, "SELECT group_concat(DisplayName) FROM Person"));
        Assert.Equal("wal", await ScalarAsync<string>(Database, "PRAGMA journal_mode"));
        var kept = Assert.Single(Directory.GetFiles(directory.Path, "skillmap.db.before-restore-*"), f => !f.EndsWith("-wal", StringComparison.Ordinal));
        Assert.Contains("Added after the backup", await ScalarAsync<string>(kept, "SELECT group_concat(DisplayName) FROM Person"));
        Assert.Contains(kept, result.Error);
    }

    [Fact]
    public async Task Restore_refuses_while_SkillMap_is_running_on_the_database()
    {
        Assert.Equal(0, (await RunAsync("migrate")).ExitCode);
        var backup = directory.File("backup.db");
        Assert.Equal(0, (await RunAsync("backup", "--to", backup)).ExitCode);
        using var app = new SkillMapFactory(new Dictionary<string, string?> { ["Database:SqlitePath"] = Database, ["Demo:Enabled"] = "false" });
        Assert.Equal("ok\n", await app.CreateClient().GetStringAsync("/healthz"));

        var result = await RunAsync("restore", "--from", backup);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("restore failed: SkillMap is running on", Assert.Single(result.ErrorLines));
        Assert.Empty(Directory.GetFiles(directory.Path, "*.before-restore-*"));
    }

    [Fact]
    public async Task A_backup_from_a_newer_SkillMap_is_refused_and_changes_nothing()
    {
        Assert.Equal(0, (await RunAsync("migrate")).ExitCode);
        await PersonAsync("Current");
        var newer = directory.File("newer.db");
        File.Copy(Database, newer);
        await using (var connection = new SqliteConnection($"Data Source={newer};Pooling=False"))
        {
            await connection.OpenAsync();
            await connection.ExecuteAsync("INSERT INTO SchemaVersions (ScriptName, Applied) VALUES ('9999_from_the_future.sql', '2030-01-01'); DELETE FROM Person;");
        }

        var result = await RunAsync("restore", "--from", newer);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("was made by a newer SkillMap (it has run 9999_from_the_future.sql)", line);
        Assert.Equal("Current", await ScalarAsync<string>(Database, "SELECT group_concat(DisplayName) FROM Person"));
    }

    [Fact]
    public async Task An_older_backup_is_restored_and_migrated_on_the_next_start()
    {
        var old = directory.File("old.db");
        var scripts = MigrationScripts.For(DatabaseEngine.Sqlite);
        await TestDb.Migrator(TestDb.Sqlite(old), scripts.Take(1).ToList()).MigrateAsync();
        SqliteConnection.ClearAllPools();

        var result = await RunAsync("restore", "--from", old);

        Assert.True(0 == result.ExitCode, result.Error);
        Assert.Contains($"{scripts.Count - 1} newer schema script(s) will be applied on the next start", result.Error);
        using var app = new SkillMapFactory(new Dictionary<string, string?> { ["Database:SqlitePath"] = Database, ["Demo:Enabled"] = "false" });
        Assert.Equal("ready\n", await app.CreateClient().GetStringAsync("/readyz"));
        Assert.Equal(scripts.Count, await ScalarAsync<long>(Database, "SELECT COUNT(*) FROM SchemaVersions"));
    }

    [Fact]
    public async Task A_damaged_or_foreign_file_is_refused_and_changes_nothing()
    {
        Assert.Equal(0, (await RunAsync("migrate")).ExitCode);
        await PersonAsync("Current");
        var backup = directory.File("backup.db");
        Assert.Equal(0, (await RunAsync("backup", "--to", backup)).ExitCode);
        var damaged = directory.File("damaged.db");
        var bytes = await File.ReadAllBytesAsync(backup);
        var pageSize = (bytes[16] << 8) | bytes[17];
        for (var page = 1; page < bytes.Length / pageSize; page++)
        {
            Array.Fill(bytes, (byte)0x5A, page * pageSize + 8, 64);
        }
        await File.WriteAllBytesAsync(damaged, bytes);
        var live = directory.File("live.db");
        File.Copy(Database, live);
        await File.WriteAllTextAsync(live + "-wal", "uncheckpointed pages");
        var text = directory.File("notes.txt");
        await File.WriteAllTextAsync(text, "not a database");
        var foreign = directory.File("foreign.db");
        await using (var connection = new SqliteConnection($"Data Source={foreign};Pooling=False"))
        {
            await connection.OpenAsync();
            await connection.ExecuteAsync("CREATE TABLE Something (Id INTEGER PRIMARY KEY)");
        }

        var results = new[]
        {
            await RunAsync("restore", "--from", damaged), await RunAsync("restore", "--from", text),
            await RunAsync("restore", "--from", foreign), await RunAsync("restore", "--from", live),
        };

        Assert.All(results, r => Assert.Equal(1, r.ExitCode));
        Assert.Contains(damaged, results[0].Error);
        Assert.Contains("cannot be read as an SQLite database", results[1].Error);
        Assert.Contains("not a SkillMap database", results[2].Error);
        Assert.Contains("is a live database rather than a backup", results[3].Error);
        Assert.All(results, r => Assert.StartsWith("restore failed: ", Assert.Single(r.ErrorLines)));
        Assert.Equal("Current", await ScalarAsync<string>(Database, "SELECT group_concat(DisplayName) FROM Person"));
    }

    [Fact]
    public async Task Backup_follows_the_command_line_contract()
    {
        Assert.Equal(0, (await RunAsync("migrate")).ExitCode);
        var backup = directory.File("once.db");

        var first = await RunAsync("backup", "--to", backup);
        var again = await RunAsync("backup", "--to", backup);
        var missing = await RunAsync("backup");
        var wrong = await RunAsync("backup", "--out", backup);
        var restoreMissing = await RunAsync("restore", "--from", directory.File("nowhere.db"));

        Assert.Equal((0, ""), (first.ExitCode, first.Out.Trim()));
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already exists", again.Error);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("usage:", missing.Error);
        Assert.Equal(2, wrong.ExitCode);
        Assert.Equal(1, restoreMissing.ExitCode);
        Assert.Contains("does not exist", restoreMissing.Error);
        Assert.DoesNotContain("Now listening", first.Error);
    }

    [Fact]
    public async Task On_SQL_Server_backup_and_restore_point_to_the_server_own_backups()
    {
        var environment = new Dictionary<string, string>
        {
            ["Database__Engine"] = "SqlServer",
            ["ConnectionStrings__SkillMap"] = "Server=db.invalid;Database=SkillMap;Connect Timeout=1",
        };

        var backup = await AppProcess.RunAsync(environment, "backup", "--to", directory.File("x.bak"));
        var restore = await AppProcess.RunAsync(environment, "restore", "--from", directory.File("x.bak"));

        Assert.Equal(1, backup.ExitCode);
        Assert.StartsWith("backup failed: on SQL Server, backup is done with the server's own backups", Assert.Single(backup.ErrorLines));
        Assert.Equal(1, restore.ExitCode);
        Assert.Contains("server's own backups", restore.Error);
        Assert.False(File.Exists(directory.File("x.bak")));
    }
}
