using System.Data.Common;
using Dapper;
using DbUp;
using DbUp.Builder;
using DbUp.Engine;
using DbUp.Sqlite.Helpers;
using Microsoft.Data.SqlClient;

namespace SkillMap.Web.Data.Migrations;

/// <summary>
/// Applies the numbered scripts with DbUp under a lock, so instances starting together do not race:
/// BEGIN IMMEDIATE on SQLite (all pending scripts then commit or roll back as one), an application
/// lock on SQL Server (each script in its own transaction).
/// </summary>
public sealed partial class Migrator(Db db, ILogger<Migrator> logger, IReadOnlyList<SqlScript>? scripts = null)
{

    /// <summary>The embedded scripts of the configured engine; tests may hand in their own.</summary>
    public IReadOnlyList<SqlScript> Scripts { get; } = scripts ?? MigrationScripts.For(db.Engine);

    /// <summary>Applies what is pending and returns the names of the scripts it ran.</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return db.Engine == DatabaseEngine.Sqlite
            ? await MigrateSqliteAsync(connection, cancellationToken)
            : await MigrateSqlServerAsync(connection, cancellationToken);
    }

    /// <summary>Scripts this binary has that the database has not run; empty when the schema is current.</summary>
    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken cancellationToken = default)
    {
        var executed = await ExecutedAsync(cancellationToken);
        return Scripts.Select(s => s.Name).Where(name => !executed.Contains(name)).ToList();
    }

    private async Task<HashSet<string>> ExecutedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var exists = await connection.ExecuteScalarAsync<int>(db.Dialect.Pick(Sql.JournalExistsSqlite, Sql.JournalExists));
        return exists == 0 ? [] : (await connection.QueryAsync<string>(Sql.ExecutedScripts)).ToHashSet(StringComparer.Ordinal);
    }

    private async Task<IReadOnlyList<string>> MigrateSqliteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // WAL is a property of the file and cannot be switched inside a transaction.
        await connection.ExecuteAsync(Sql.WalModeSqlite);
        await connection.ExecuteAsync(Sql.BeginImmediateSqlite);
        try
        {
            var engine = Configure(DeployChanges.To.SqliteDatabase(new SharedConnection(connection))).WithoutTransaction().Build();
            var ran = Run(engine);
            await connection.ExecuteAsync(Sql.CommitSqlite);
            return ran;
        }
        catch
        {
            await connection.ExecuteAsync(Sql.RollbackSqlite);
            throw;
        }
    }

    private async Task<IReadOnlyList<string>> MigrateSqlServerAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var granted = await connection.ExecuteScalarAsync<int>(Sql.AcquireAppLock);
        if (granted < 0)
        {
            throw new MigrationException("Another instance held the migration lock for more than a minute; try again.");
        }
        try
        {
            var engine = Configure(DeployChanges.To.SqlDatabase(() => new SqlConnection(db.ConnectionString))).WithTransactionPerScript().Build();
            return Run(engine);
        }
        finally
        {
            await connection.ExecuteAsync(Sql.ReleaseAppLock);
        }
    }

    private UpgradeEngineBuilder Configure(UpgradeEngineBuilder builder) => builder
        .WithScripts(Scripts)
        .WithVariablesDisabled()
        .LogTo(new UpgradeLog(logger));

    private static List<string> Run(UpgradeEngine engine)
    {
        var unknown = engine.GetExecutedButNotDiscoveredScripts();
        if (unknown.Count > 0)
        {
            throw new MigrationException(
                $"The database was upgraded by a newer SkillMap (it has run {string.Join(", ", unknown)}); run that version or newer.");
        }
        var result = engine.PerformUpgrade();
        if (!result.Successful)
        {
            throw new MigrationException(
                $"Migration {result.ErrorScript?.Name ?? "(unknown script)"} failed: {result.Error?.Message}", result.Error);
        }
        return result.Scripts.Select(s => s.Name).ToList();
    }
}
