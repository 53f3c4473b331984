namespace SkillMap.Web.Data.Backup;

/// <summary>
/// A lock file beside the SQLite database (<c>skillmap.db.lock</c>): every running instance holds it
/// shared, and <c>restore</c> needs it alone, so a restore never swaps the file under a running app
/// and an app cannot start during a restore. Advisory (flock on Linux, share modes on Windows).
/// </summary>
public sealed class SqliteRunLock : IDisposable
{
    private FileStream? held;

    public static string PathFor(string databasePath) => databasePath + ".lock";

    /// <summary>Taken by the web app at start and kept until it stops.</summary>
    public void HoldShared(string databasePath)
    {
        if (held is not null)
        {
            return;
        }
        try
        {
            held = new FileStream(PathFor(databasePath), FileMode.OpenOrCreate, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (IOException)
        {
            throw new InvalidOperationException($"a restore is running on {databasePath}; start SkillMap when it has finished.");
        }
    }

    /// <summary>Null when an instance is running on the database.</summary>
    public static FileStream? TryHoldAlone(string databasePath)
    {
        try
        {
            return new FileStream(PathFor(databasePath), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        held?.Dispose();
        held = null;
    }
}
