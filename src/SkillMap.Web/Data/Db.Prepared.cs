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
        private readonly Dictionary<string, (SqliteCommand Command, RowParsers Parsers)> statements = new(StringComparer.Ordinal);

        public (SqliteCommand Command, RowParsers Parsers) Statement(string sql, IReadOnlyList<(string Name, object? Value)> parameters)
        {
            if (!statements.TryGetValue(sql, out var statement))
            {
                var command = connection.CreateCommand();
                command.CommandText = sql;
                foreach (var (name, _) in parameters)
                {
                    command.Parameters.Add(new SqliteParameter { ParameterName = name });
                }
                command.Prepare();
                statement = (command, new RowParsers());
                statements[sql] = statement;
            }
            for (var i = 0; i < parameters.Count; i++)
            {
                statement.Command.Parameters[i].Value = parameters[i].Value ?? DBNull.Value;
            }
            return statement;
        }

        public void Dispose()
        {
            foreach (var (command, _) in statements.Values)
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
    /// rows (several result sets for several statements) and must not keep them.
    /// </summary>
    public async Task<T> ReadPreparedAsync<T>(string sql, IReadOnlyList<(string Name, object? Value)> parameters, Func<PreparedRows, T> read, CancellationToken cancellationToken = default)
    {
        if (Engine == DatabaseEngine.Sqlite && await RentLaneAsync(cancellationToken) is { } lane)
        {
            try
            {
                // Synchronous on purpose: the lane is held only while SQLite runs (its async API is synchronous too).
                T result;
                var (command, parsers) = lane.Statement(sql, parameters);
                using (var reader = command.ExecuteReader())
                {
                    result = read(new PreparedRows(reader, parsers));
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
        return read(new PreparedRows(rows, parsers: null));
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
