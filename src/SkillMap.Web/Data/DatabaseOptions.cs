namespace SkillMap.Web.Data;

public enum DatabaseEngine
{
    Sqlite,
    SqlServer,
}

/// <summary>The <c>Database</c> configuration section; read once at start.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (default) or <c>SqlServer</c>, case-insensitive.</summary>
    public DatabaseEngine Engine { get; set; } = DatabaseEngine.Sqlite;

    /// <summary>The SQLite file, relative to the content root unless rooted.</summary>
    public string SqlitePath { get; set; } = Path.Combine("App_Data", "skillmap.db");

    /// <summary>Whether the web app applies pending migrations when it starts.</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>How long a SQLite writer waits for another one before giving up.</summary>
    public int SqliteBusyTimeoutMs { get; set; } = 5000;

    /// <summary>
    /// SQLite page cache per connection in MiB; null keeps SQLite's default (2 MiB). Bulk work (seeding,
    /// closing a round of millions of answers) needs its indexes to fit; pages are taken only as used.
    /// </summary>
    public int? SqliteCacheSizeMiB { get; set; }
}
