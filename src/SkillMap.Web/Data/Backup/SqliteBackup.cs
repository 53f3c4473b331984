using Dapper;
using Microsoft.Data.Sqlite;

namespace SkillMap.Web.Data.Backup;

/// <summary>
/// Online backup and offline restore of the SQLite database. A backup is one self-contained file
/// (rollback journal, no -wal beside it), written under a temporary name and renamed when complete
/// and checked, so a half-written file never carries the backup's name.
/// </summary>
public static class SqliteBackup
{
    /// <summary>
    /// Copies the live database with SQLite's backup API in one step: it reads one snapshot (a read
    /// transaction, which in WAL mode never blocks the app's writers), so the copy holds every
    /// transaction committed before it began and none half-done.
    /// </summary>
    public static async Task<SqliteFile> BackupAsync(Db db, string target, CancellationToken cancellationToken = default)
    {
        var source = db.SqlitePath ?? throw SqlServerHasItsOwn("backup");
        target = Path.GetFullPath(target);
        if (!File.Exists(source))
        {
            throw new BackupFailure($"there is no database at {source} (Database:SqlitePath) to back up.");
        }
        if (File.Exists(target))
        {
            throw new BackupFailure($"{target} already exists; backups are never overwritten, so give a new name.");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var partial = target + ".partial";
        File.Delete(partial);
        try
        {
            await using (var live = (SqliteConnection)await db.OpenAsync(cancellationToken))
            using (var copy = SqliteFile.Open(partial, SqliteOpenMode.ReadWriteCreate))
            {
                live.BackupDatabase(copy);
                copy.Execute(SqliteFile.Sql.RollbackJournalSqlite);
            }
            File.Move(partial, target);
        }
        finally
        {
            File.Delete(partial);
        }
        return SqliteFile.Inspect(target);
    }

    public sealed record Restored(SqliteFile Backup, string? Replaced);

    /// <summary>
    /// Puts a backup in place of the database while no instance runs on it. The backup is checked
    /// first (integrity, and a schema no newer than this SkillMap); the database it replaces is kept
    /// beside it, with its WAL folded in.
    /// </summary>
    public static Restored Restore(Db db, string from, TimeProvider clock)
    {
        var target = db.SqlitePath ?? throw SqlServerHasItsOwn("restore");
        from = Path.GetFullPath(from);
        if (!File.Exists(from))
        {
            throw new BackupFailure($"{from} does not exist.");
        }
        if (new FileInfo(from + "-wal") is { Exists: true, Length: > 0 })
        {
            throw new BackupFailure(
                $"{from} has a write-ahead log beside it, so it is a live database rather than a backup; take one with backup --to FILE.");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        using var alone = SqliteRunLock.TryHoldAlone(target)
            ?? throw new BackupFailure($"SkillMap is running on {target}; stop every instance first (restore replaces the file under it).");

        var incoming = target + ".restoring";
        try
        {
            File.Copy(from, incoming, overwrite: true);
            var backup = SqliteFile.Inspect(incoming, shownAs: from);
            if (backup.Unknown.Count > 0)
            {
                throw new BackupFailure(
                    $"{from} was made by a newer SkillMap (it has run {string.Join(", ", backup.Unknown)}); restore it with that version or newer.");
            }
            using (var connection = SqliteFile.Open(incoming))
            {
                connection.Execute(SqliteFile.Sql.WalSqlite);
            }

            string? replaced = null;
            if (File.Exists(target))
            {
                replaced = $"{target}.before-restore-{clock.GetUtcNow():yyyyMMdd-HHmmss}";
                SetAside(target, replaced);
            }
            File.Delete(target + "-shm");
            File.Move(incoming, target);
            return new Restored(backup with { Path = from }, replaced);
        }
        finally
        {
            File.Delete(incoming);
            File.Delete(incoming + "-wal");
            File.Delete(incoming + "-shm");
        }
    }

    /// <summary>Folds the old database's WAL into it (the last connection to close removes the WAL), then renames it.</summary>
    private static void SetAside(string target, string replaced)
    {
        SqliteConnection.ClearAllPools();
        try
        {
            using var connection = SqliteFile.Open(target);
            connection.Execute(SqliteFile.Sql.CheckpointSqlite);
        }
        catch (SqliteException)
        {
            // An unreadable database is still set aside as it is, with its WAL, for whoever wants to look.
        }
        File.Move(target, replaced);
        if (File.Exists(target + "-wal"))
        {
            File.Move(target + "-wal", replaced + "-wal");
        }
    }

    private static BackupFailure SqlServerHasItsOwn(string verb) => new(
        $"on SQL Server, {verb} is done with the server's own backups (BACKUP DATABASE / RESTORE DATABASE, or your platform's " +
        "point-in-time restore); SkillMap's backup and restore copy only a SQLite file.");
}
