using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using SkillMap.Web.Hosting;

namespace SkillMap.Web.Data;

/// <summary>
/// Opens connections to the configured engine. The only type that names a provider; feature code
/// gets a <see cref="DbConnection"/> and writes Dapper against it.
/// </summary>
public sealed partial class Db : IDisposable
{
    private readonly string connectionString;
    private readonly int busyTimeoutMs;
    private readonly SkillMapMetrics? metrics;
    private readonly string cacheSizePragma;
    private readonly string pragmas;

    // The pragmas each pooled SQLite handle was last given: a handle keeps them between rentals, so a
    // rented connection is set up once, not on every open (an open is two or three per request).
    private static readonly ConditionalWeakTable<object, string> ConfiguredHandles = new();

    public Db(IOptions<DatabaseOptions> options, IConfiguration configuration, IHostEnvironment environment, SkillMapMetrics metrics)
        : this(options.Value, configuration.GetConnectionString("SkillMap"), environment.ContentRootPath, metrics)
    {
    }

    /// <summary>For tools and tests that have no host: the options, SQL Server's connection string, and the directory a relative SQLite path is under.</summary>
    public Db(DatabaseOptions options, string? sqlServerConnectionString, string contentRoot, SkillMapMetrics? metrics = null)
    {
        this.metrics = metrics;
        Dialect = new Dialect(options.Engine);
        busyTimeoutMs = options.SqliteBusyTimeoutMs;
        cacheSizePragma = options.SqliteCacheSizeMiB is { } mib ? $" PRAGMA cache_size = -{mib * 1024};" : "";
        pragmas = $"PRAGMA foreign_keys = ON; PRAGMA busy_timeout = {busyTimeoutMs}; PRAGMA synchronous = FULL; PRAGMA secure_delete = ON;{cacheSizePragma}";
        if (options.Engine == DatabaseEngine.Sqlite)
        {
            SqlitePath = Path.GetFullPath(options.SqlitePath, contentRoot);
            connectionString = new SqliteConnectionStringBuilder
            {
                DataSource = SqlitePath,
                Mode = SqliteOpenMode.ReadWriteCreate,
                // Foreign keys are switched on with the other pragmas, once per pooled handle: as a
                // connection-string keyword the driver would run that pragma again on every open.
                Pooling = true,
            }.ToString();
        }
        else
        {
            connectionString = string.IsNullOrWhiteSpace(sqlServerConnectionString)
                ? throw new InvalidOperationException("ConnectionStrings:SkillMap is required when Database:Engine is SqlServer.")
                : sqlServerConnectionString;
        }
    }

    public Dialect Dialect { get; }

    internal string ConnectionString => connectionString;

    public DatabaseEngine Engine => Dialect.Engine;

    /// <summary>The full path of the SQLite file; null on SQL Server.</summary>
    public string? SqlitePath { get; }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        DbConnection connection = Engine == DatabaseEngine.Sqlite
            ? new SqliteConnection(connectionString)
            : new SqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (Engine == DatabaseEngine.Sqlite)
            {
                await ApplySqlitePragmasAsync(connection, cancellationToken);
            }
            return connection;
        }
        catch (Exception exception)
        {
            await connection.DisposeAsync();
            if (exception is DbException dbException)
            {
                metrics?.DatabaseError(dbException);
            }
            throw;
        }
    }

    /// <summary>
    /// Per-connection settings, applied when the pooled handle is new (or was set up by a Db with other
    /// settings) and never inside a transaction (SQLite ignores them there). foreign_keys: SQLite leaves
    /// them off unless asked, per connection. busy_timeout: SQLite waits
    /// precisely for the writer lock, where the driver's own retry would sleep. synchronous=FULL: an
    /// acknowledged answer survives a power cut. secure_delete: deleted drafts and erased people are
    /// overwritten, not left in free pages. Nothing else in SkillMap sets these on a pooled connection.
    /// </summary>
    private async Task ApplySqlitePragmasAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var handle = ((SqliteConnection)connection).Handle;
        if (handle is not null && ConfiguredHandles.TryGetValue(handle, out var applied) && applied == pragmas)
        {
            return;
        }
        await using var command = connection.CreateCommand();
        command.CommandText = pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        if (handle is not null)
        {
            ConfiguredHandles.AddOrUpdate(handle, pragmas);
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one short write transaction. On SQLite it starts as
    /// BEGIN IMMEDIATE, so a reader that later writes can never fail on a stale snapshot.
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(Dialect.WriteIsolation, cancellationToken);
            var result = await work(connection, transaction);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        catch (DbException exception)
        {
            metrics?.DatabaseError(exception);
            throw;
        }
    }
}
