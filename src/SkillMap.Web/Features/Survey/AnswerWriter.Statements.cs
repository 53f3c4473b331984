using System.Data;
using System.Data.Common;
using SkillMap.Web.Data;

namespace SkillMap.Web.Features.Survey;

public sealed partial class AnswerWriter
{
    /// <summary>
    /// The save path's three statements as plain commands, created once per batch and re-bound for each
    /// answer: SQLite keeps a command's prepared statement while its text stays the same, which saves
    /// parsing the upsert once per answer.
    /// </summary>
    private sealed class Statements(DbConnection connection, DbTransaction transaction, Dialect dialect) : IAsyncDisposable
    {
        private DbCommand? nextRevision;
        private DbCommand? upsert;
        private DbCommand? markFinished;

        public Task<int> NextRevisionAsync(SaveRequest request)
        {
            nextRevision ??= Command(Sql.NextRevision, "@SheetId", "@RaterId", "@Revision");
            Bind(nextRevision, request.SheetId, request.RaterId, request.ExpectedRevision);
            return nextRevision.ExecuteNonQueryAsync();
        }

        public Task UpsertAsync(int sheetId, int itemId, SheetAnswer answer)
        {
            upsert ??= Command(dialect.Pick(Sql.UpsertAnswerSqlite, Sql.UpsertAnswer), "@SheetId", "@SkillItemId", "@Score", "@Comment");
            Bind(upsert, sheetId, itemId, answer.Score, answer.Comment);
            return upsert.ExecuteNonQueryAsync();
        }

        public Task MarkFinishedAsync(SaveRequest request)
        {
            markFinished ??= Command(Sql.MarkFinished, "@SheetId", "@ItemCount");
            Bind(markFinished, request.SheetId, request.ItemCount);
            return markFinished.ExecuteNonQueryAsync();
        }

        private DbCommand Command(string sql, params string[] names)
        {
            var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = transaction;
            foreach (var name in names)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.DbType = name == "@Comment" ? DbType.String : DbType.Int32;
                command.Parameters.Add(parameter);
            }
            return command;
        }

        private static void Bind(DbCommand command, params object?[] values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i] ?? DBNull.Value;
            }
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var command in new[] { nextRevision, upsert, markFinished })
            {
                if (command is not null)
                {
                    await command.DisposeAsync();
                }
            }
        }
    }
}
