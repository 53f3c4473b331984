using Dapper;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Audit;

namespace SkillMap.Web.Features.Rounds;

/// <summary>
/// Purges a closed or archived round on purpose: its ratings, comments, releases and whatever other
/// features keep about it (rollups, plan links: <see cref="IRoundPurgeStep"/>) are deleted in one
/// transaction, once, with an audit entry. The round's row stays as history (name, dates, teams).
/// The only code that deletes answers besides the closer's drafts-to-ratings move.
/// </summary>
public sealed partial class RoundPurger(Db db, TimeProvider clock, IEnumerable<IRoundPurgeStep> steps, AuditLog audit, ILogger<RoundPurger> logger)
{
    /// <param name="reason">Why, for the audit entry: "by hand" or "retention".</param>
    /// <returns>True when this call purged the round; false when it was not closed or already purged.</returns>
    public async Task<bool> PurgeAsync(int roundId, int? actorId, string reason, CancellationToken cancellationToken = default)
    {
        var purged = await db.WriteAsync(async (connection, transaction) =>
        {
            var p = new { RoundId = roundId, Now = clock.GetUtcNow().UtcDateTime };
            if (await connection.ExecuteAsync(Sql.MarkPurged, p, transaction) == 0)
            {
                return false;
            }
            foreach (var step in steps.OrderBy(s => s.Order))
            {
                await step.RunAsync(connection, transaction, roundId, cancellationToken);
            }
            var ratings = await connection.ExecuteAsync(Sql.DeleteRatings, p, transaction);
            var comments = await connection.ExecuteAsync(Sql.DeleteComments, p, transaction);
            await connection.ExecuteAsync(Sql.DeleteReleases, p, transaction);
            await connection.ExecuteAsync(Sql.DeletePeers, p, transaction);
            await connection.ExecuteAsync(Sql.DeleteDrafts, p, transaction);
            await connection.ExecuteAsync(Sql.DeleteSheets, p, transaction);
            await audit.RecordAsync(connection, transaction, new AuditLog.Entry(
                AuditAction.RoundPurged, actorId, "round", roundId, $"{reason}: {ratings} ratings, {comments} comments"));
            return true;
        }, cancellationToken);
        if (purged && db.Engine == DatabaseEngine.Sqlite)
        {
            // secure_delete overwrote the pages; the WAL still holds copies until it is checkpointed.
            await using var connection = await db.OpenAsync(cancellationToken);
            await connection.ExecuteAsync(RoundCloser.Sql.CheckpointSqlite);
        }
        if (purged)
        {
            logger.LogInformation("Round {RoundId} purged ({Reason})", roundId, reason);
        }
        return purged;
    }

    internal static class Sql
    {
        public const string MarkPurged = """
            UPDATE Round
            SET PurgedAt = @Now
            WHERE Id = @RoundId
              AND Status IN ('closed', 'archived')
              AND PurgedAt IS NULL
            """;

        public const string DeleteRatings = """
            DELETE FROM Rating
            WHERE RoundId = @RoundId
            """;

        public const string DeleteComments = """
            DELETE FROM RatingComment
            WHERE RoundId = @RoundId
            """;

        public const string DeleteReleases = """
            DELETE FROM ResultRelease
            WHERE RoundId = @RoundId
            """;

        public const string DeletePeers = """
            DELETE FROM RoundPeer
            WHERE RoundId = @RoundId
            """;

        public const string DeleteDrafts = """
            DELETE FROM DraftAnswer
            WHERE SheetId IN (SELECT Id FROM Sheet WHERE RoundId = @RoundId)
            """;

        public const string DeleteSheets = """
            DELETE FROM Sheet
            WHERE RoundId = @RoundId
            """;
    }
}
