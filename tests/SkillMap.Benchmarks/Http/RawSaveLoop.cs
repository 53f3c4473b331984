using System.Diagnostics;
using Microsoft.Data.Sqlite;
using SkillMap.Web.Features.Survey;

namespace SkillMap.Benchmarks.Http;

/// <summary>
/// The yardstick for saving: raw Microsoft.Data.Sqlite committing the same transaction shape the app
/// commits for one page (guarded revision update, eight upserts, finished flag) to the same file with
/// the same pragmas, one page per durable commit, prepared commands, no HTTP, in a tight loop.
/// </summary>
public static class RawSaveLoop
{
    public static async Task<(long Pages, double Seconds)> RunAsync(string databasePath, SavePlan plan, IReadOnlyList<SavePlan.Sheet> sheets, TimeSpan duration)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, ForeignKeys = true, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA busy_timeout = 5000; PRAGMA synchronous = FULL; PRAGMA secure_delete = ON;";
            await pragma.ExecuteNonQueryAsync();
        }
        await using var revision = Command(connection, AnswerWriter.Sql.NextRevision, "@SheetId", "@RaterId", "@Revision");
        await using var upsert = Command(connection, AnswerWriter.Sql.UpsertAnswerSqlite, "@SheetId", "@SkillItemId", "@Score", "@Comment");
        await using var finished = Command(connection, AnswerWriter.Sql.MarkFinished, "@SheetId", "@ItemCount");
        var clock = Stopwatch.StartNew();
        long pages = 0;
        foreach (var sheet in sheets)
        {
            if (clock.Elapsed >= duration)
            {
                break;
            }
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(System.Data.IsolationLevel.Serializable);
            revision.Transaction = upsert.Transaction = finished.Transaction = transaction;
            Bind(revision, sheet.Id, sheet.RaterId, 0);
            if (await revision.ExecuteNonQueryAsync() != 1)
            {
                throw new InvalidOperationException($"Sheet {sheet.Id} was not at revision 0.");
            }
            foreach (var (item, value) in plan.ValuesOf(sheet.Id))
            {
                Bind(upsert, sheet.Id, item, value == "na" ? null : int.Parse(value, System.Globalization.CultureInfo.InvariantCulture), null);
                await upsert.ExecuteNonQueryAsync();
            }
            Bind(finished, sheet.Id, 45);
            await finished.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
            pages++;
        }
        return (pages, clock.Elapsed.TotalSeconds);
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }
        return command;
    }

    private static void Bind(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
