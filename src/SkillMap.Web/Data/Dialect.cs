using System.Data;
using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace SkillMap.Web.Data;

/// <summary>
/// The one seam between SQLite and SQL Server. Portable SQL needs none of this; where the engines
/// truly differ, both statements sit side by side in the feature's <c>Sql</c> class and
/// <see cref="Pick"/> chooses, so searching for <c>Pick(</c> finds every difference.
/// </summary>
public sealed class Dialect(DatabaseEngine engine)
{
    public DatabaseEngine Engine { get; } = engine;

    public string Pick(string sqlite, string sqlServer) => Engine == DatabaseEngine.Sqlite ? sqlite : sqlServer;

    /// <summary>
    /// Microsoft.Data.Sqlite starts a Serializable transaction with BEGIN IMMEDIATE (take the write lock
    /// first); SQL Server's row locking needs no more than read committed for our short writes.
    /// </summary>
    public IsolationLevel WriteIsolation => Engine == DatabaseEngine.Sqlite ? IsolationLevel.Serializable : IsolationLevel.ReadCommitted;

    /// <summary>SQLite 19 with extended code 2067 (or 1555 for a primary key); SQL Server 2627 or 2601.</summary>
    public static bool IsUniqueViolation(Exception exception) => exception switch
    {
        SqliteException e => e.SqliteErrorCode == 19 && e.SqliteExtendedErrorCode is 2067 or 1555,
        SqlException e => e.Number is 2627 or 2601,
        _ => false,
    };

    /// <summary>Transient contention that a client may retry: SQLite busy/locked, SQL Server deadlock victim.</summary>
    public static bool IsContention(DbException exception) => exception switch
    {
        SqliteException e => e.SqliteErrorCode is 5 or 6,
        SqlException e => e.Number == 1205,
        _ => false,
    };
}
