using Dapper;
using SkillMap.Web.Data;

namespace SkillMap.Web.Features.Rounds;

/// <summary>
/// Closes a round exactly once, however many instances try: a conditional status update decides who
/// closes. Self and manager answers become ratings under their rater; peer and team answers are copied
/// in random order with fresh ids and a random token per sheet, comments without any token, and the
/// drafts that linked rater to answer are deleted (SQLite overwrites them: secure_delete is on, and the
/// WAL is checkpointed and truncated afterwards).
/// </summary>
public sealed partial class RoundCloser(Db db, TimeProvider clock, IEnumerable<IRoundClosingStep> steps, ILogger<RoundCloser> logger)
{
    /// <returns>True when this call closed the round; false when it was not open (or another instance won).</returns>
    public async Task<bool> CloseAsync(int roundId, CancellationToken cancellationToken = default)
    {
        var dialect = db.Dialect;
        var closed = await db.WriteAsync(async (connection, transaction) =>
        {
            var p = new { RoundId = roundId, Now = clock.GetUtcNow().UtcDateTime };
            if (await connection.ExecuteAsync(Sql.MarkClosed, p, transaction) == 0)
            {
                return false;
            }
            await connection.ExecuteAsync(Sql.CopyAttributedRatings, p, transaction);
            await connection.ExecuteAsync(dialect.Pick(Sql.CreateTokensSqlite, Sql.CreateTokens), p, transaction);
            await connection.ExecuteAsync(dialect.Pick(Sql.CopyAnonymousRatingsSqlite, Sql.CopyAnonymousRatings), p, transaction);
            await connection.ExecuteAsync(dialect.Pick(Sql.DropTokensSqlite, Sql.DropTokens), p, transaction);
            await connection.ExecuteAsync(dialect.Pick(Sql.CopyCommentsSqlite, Sql.CopyComments), p, transaction);
            await connection.ExecuteAsync(Sql.DeleteDrafts, p, transaction);
            await connection.ExecuteAsync(Sql.DeleteSheets, p, transaction);
            foreach (var step in steps.OrderBy(s => s.Order))
            {
                await step.RunAsync(connection, transaction, roundId, cancellationToken);
            }
            return true;
        }, cancellationToken);

        if (closed && db.Engine == DatabaseEngine.Sqlite)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            await connection.ExecuteAsync(Sql.CheckpointSqlite);
        }
        if (closed)
        {
            logger.LogInformation("Round {RoundId} closed", roundId);
        }
        return closed;
    }
}
