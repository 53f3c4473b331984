using Dapper;

namespace SkillMap.Web.Data;

/// <summary>
/// Refuses to run on an SQLite library with the WAL-reset corruption bug (fixed in 3.51.3), which
/// Microsoft.Data.Sqlite 10.0.0 still bundled. Pinning the driver is not enough if a deployment
/// swaps the native library.
/// </summary>
public static class SqliteEngineCheck
{
    public static readonly Version Minimum = new(3, 51, 3);

    public static async Task<Version> EnsureSupportedAsync(Db db)
    {
        await using var connection = await db.OpenAsync();
        var version = Version.Parse(await connection.ExecuteScalarAsync<string>(Sql.VersionSqlite) ?? "0.0");
        if (version < Minimum)
        {
            throw new InvalidOperationException(
                $"SQLite {version} is too old: SkillMap needs {Minimum} or later (earlier versions can corrupt a WAL database).");
        }
        return version;
    }

    internal static class Sql
    {
        public const string VersionSqlite = "SELECT sqlite_version()";
    }
}
