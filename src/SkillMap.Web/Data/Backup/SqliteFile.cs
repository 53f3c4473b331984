using Dapper;
using Microsoft.Data.Sqlite;
using SkillMap.Web.Data.Migrations;

namespace SkillMap.Web.Data.Backup;

/// <summary>What a SQLite file holds, read before it is trusted: integrity and which schema scripts it has run.</summary>
public sealed partial record SqliteFile
{
    public required string Path { get; init; }
    public required IReadOnlyList<string> Executed { get; init; }
    /// <summary>Scripts the file has run that this SkillMap does not know: it was made by a newer version.</summary>
    public required IReadOnlyList<string> Unknown { get; init; }
    /// <summary>Scripts this SkillMap would still apply on the next start.</summary>
    public required IReadOnlyList<string> Pending { get; init; }

    public string Schema => Executed.Count == 0 ? "(empty)" : Executed.Max(StringComparer.Ordinal)!;

    public static SqliteConnection Open(string path, SqliteOpenMode mode = SqliteOpenMode.ReadWrite)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>Checks integrity and reads the schema journal; throws <see cref="BackupFailure"/> when the file is not a sound SkillMap database.</summary>
    public static SqliteFile Inspect(string path, string? shownAs = null)
    {
        var name = shownAs ?? path;
        if (!File.Exists(path))
        {
            throw new BackupFailure($"{name} does not exist.");
        }
        try
        {
            using var connection = Open(path);
            var problems = connection.Query<string>(Sql.IntegrityCheckSqlite).ToList();
            if (problems is not ["ok"])
            {
                throw new BackupFailure($"{name} failed PRAGMA integrity_check: {string.Join("; ", problems.Take(3))}.");
            }
            if (connection.ExecuteScalar<long>(Migrator.Sql.JournalExistsSqlite) == 0)
            {
                throw new BackupFailure($"{name} is an SQLite file but not a SkillMap database (it has no SchemaVersions table).");
            }
            var executed = connection.Query<string>(Migrator.Sql.ExecutedScripts).Order(StringComparer.Ordinal).ToList();
            var known = MigrationScripts.For(DatabaseEngine.Sqlite).Select(s => s.Name).ToList();
            return new SqliteFile
            {
                Path = path,
                Executed = executed,
                Unknown = executed.Except(known, StringComparer.Ordinal).ToList(),
                Pending = known.Except(executed, StringComparer.Ordinal).ToList(),
            };
        }
        catch (SqliteException e)
        {
            throw new BackupFailure($"{name} cannot be read as an SQLite database ({e.Message}).");
        }
    }

    internal static class Sql
    {
        public const string IntegrityCheckSqlite = "PRAGMA integrity_check";

        public const string RollbackJournalSqlite = "PRAGMA journal_mode = DELETE";

        public const string WalSqlite = "PRAGMA journal_mode = WAL";

        public const string CheckpointSqlite = "PRAGMA wal_checkpoint(TRUNCATE)";
    }
}
