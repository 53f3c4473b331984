using System.Collections.Concurrent;
using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace SkillMap.Web.Data;

public sealed partial class Db
{
    private readonly ConcurrentBag<PreparedLane> idleLanes = [];
    private readonly int maxLanes = Math.Clamp(Environment.ProcessorCount * 2, 2, 8);
    private int lanes;
    private bool disposed;

    /// <summary>A long-lived SQLite connection and the statements it keeps prepared, used by one read at a time.</summary>
    private sealed class PreparedLane(SqliteConnection connection) : IDisposable
    {
        private readonly Dictionary<string, SqliteCommand> commands = new(StringComparer.Ordinal);

        public SqliteCommand Command(string sql, IReadOnlyList<(string Name, object? Value)> parameters)
        {
            if (!commands.TryGetValue(sql, out var command))
            {
                command = connection.CreateCommand();
                command.CommandText = sql;
                foreach (var (name, _) in parameters)
                {
                    command.Parameters.Add(new SqliteParameter { ParameterName = name });
                }
                command.Prepare();
                commands[sql] = command;
            }
            for (var i = 0; i < parameters.Count; i++)
            {
                command.Parameters[i].Value = parameters[i].Value ?? DBNull.Value;
            }
            return command;
        }

        public void Dispose()
        {
            foreach (var command in commands.Values)
            {
                command.Dispose();
            }
            connection.Dispose();
        }
    }

    /// <summary>
    /// A read that runs on (nearly) every request: the session check, the sheet being answered. On SQLite
    /// its statement stays prepared on one of a few long-lived connections, so SQLite parses and plans it
    /// once instead of per request (that was a tenth of a request's time); the rows are read fresh every
    /// time, nothing is cached, so a change made by another instance or process shows at once. Elsewhere,
    /// and when every such connection is busy, it is an ordinary query. <paramref name="read"/> gets the
    /// reader (several result sets for several statements) and must not keep it.
    /// </summary>
    public async Task<T> ReadPreparedAsync<T>(string sql, IReadOnlyList<(string Name, object? Value)> parameters, Func<DbDataReader, T> read, CancellationToken cancellationToken = default)
    {
        if (Engine == DatabaseEngine.Sqlite && await RentLaneAsync(cancellationToken) is { } lane)
        {
            try
            {
                // Synchronous on purpose: the lane is held only while SQLite runs (its async API is synchronous too).
                T result;
                using (var reader = lane.Command(sql, parameters).ExecuteReader())
                {
                    result = read(reader);
                }
                ReturnLane(lane);
                return result;
            }
            catch (Exception exception)
            {
                DropLane(lane);
                if (exception is DbException dbException)
                {
                    metrics?.DatabaseError(dbException);
                }
                throw;
            }
        }
        await using var connection = await OpenAsync(cancellationToken);
        var arguments = new DynamicParameters();
        foreach (var (name, value) in parameters)
        {
            arguments.Add(name, value);
        }
        await using var rows = await connection.ExecuteReaderAsync(sql, arguments);
        return read(rows);
    }

    private async Task<PreparedLane?> RentLaneAsync(CancellationToken cancellationToken)
    {
        if (idleLanes.TryTake(out var lane))
        {
            return lane;
        }
        if (Volatile.Read(ref disposed) || Interlocked.Increment(ref lanes) > maxLanes)
        {
            Interlocked.Decrement(ref lanes);
            return null;
        }
        try
        {
            return new PreparedLane((SqliteConnection)await OpenAsync(cancellationToken));
        }
        catch
        {
            Interlocked.Decrement(ref lanes);
            throw;
        }
    }

    private void ReturnLane(PreparedLane lane)
    {
        idleLanes.Add(lane);
        if (Volatile.Read(ref disposed) && idleLanes.TryTake(out var closing))
        {
            DropLane(closing);
        }
    }

    private void DropLane(PreparedLane lane)
    {
        Interlocked.Decrement(ref lanes);
        lane.Dispose();
    }

    /// <summary>Closes the long-lived connections (the host disposes the singleton when it stops).</summary>
    public void Dispose()
    {
        Volatile.Write(ref disposed, true);
        while (idleLanes.TryTake(out var lane))
        {
            DropLane(lane);
        }
    }
}
