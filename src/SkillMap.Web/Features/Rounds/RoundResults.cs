using Dapper;
using SkillMap.Core.SkillModel;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Audit;

namespace SkillMap.Web.Features.Rounds;

/// <summary>
/// After close: releasing results to ratees (per person or per team) and hiding a comment that is
/// abusive or identifies its writer. Comments are read without any rater and shown shuffled. Only a
/// closed round changes; an archived one is read-only history.
/// </summary>
public sealed partial class RoundResults(Db db, TimeProvider clock, AuditLog audit)
{
    public sealed record Ratee
    {
        public int TeamId { get; init; }
        public int RateeId { get; init; }
        public string DisplayName { get; init; } = "";
        public DateTime? ReleasedAt { get; init; }
        public string? ReleasedByName { get; init; }
    }

    public sealed record Comment
    {
        public int Id { get; init; }
        public Perspective Perspective { get; init; }
        public int TeamId { get; init; }
        public int? RateeId { get; init; }
        public string? RateeName { get; init; }
        public string? StatementJa { get; init; }
        public string? StatementEn { get; init; }
        public string Body { get; init; } = "";
        public bool IsHidden { get; init; }

        public Bilingual? Statement => StatementJa is null ? null : new Bilingual { Ja = StatementJa, En = StatementEn ?? "" };
    }

    public async Task<IReadOnlyList<Ratee>> RateesAsync(int roundId, IReadOnlyList<int> teamIds, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<Ratee>(Sql.Ratees, new { RoundId = roundId, TeamIds = teamIds })).ToList();
    }

    /// <summary>Releases the team's results, or one ratee's; returns how many ratees were newly released.</summary>
    public Task<int> ReleaseAsync(int roundId, int teamId, int? rateeId, int actorId, CancellationToken cancellationToken = default) =>
        db.WriteAsync(async (connection, transaction) =>
        {
            var released = await connection.ExecuteAsync(Sql.Release, new
            {
                RoundId = roundId,
                TeamId = teamId,
                RateeId = rateeId,
                Now = clock.GetUtcNow().UtcDateTime,
                ActorId = actorId,
            }, transaction);
            if (released > 0)
            {
                await audit.RecordAsync(connection, transaction, new AuditLog.Entry(
                    AuditAction.RoundResultsReleased, actorId, "round", roundId,
                    rateeId is { } one ? $"team {teamId}, person {one}" : $"team {teamId}: {released} people"));
            }
            return released;
        }, cancellationToken);

    /// <summary>The comments of the given teams in a fresh random order, never with a rater.</summary>
    public async Task<IReadOnlyList<Comment>> CommentsAsync(int roundId, IReadOnlyList<int> teamIds, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var comments = (await connection.QueryAsync<Comment>(Sql.Comments, new { RoundId = roundId, TeamIds = teamIds })).ToArray();
        Random.Shared.Shuffle(comments);
        return comments;
    }

    /// <summary>Hides (or shows again) a comment of one of the given teams; false when nothing changed.</summary>
    public Task<bool> SetHiddenAsync(int roundId, int commentId, bool hidden, IReadOnlyList<int> teamIds, int actorId, CancellationToken cancellationToken = default) =>
        db.WriteAsync(async (connection, transaction) =>
        {
            var changed = await connection.ExecuteAsync(Sql.SetHidden, new { RoundId = roundId, CommentId = commentId, Hidden = hidden, TeamIds = teamIds }, transaction);
            if (changed > 0)
            {
                await audit.RecordAsync(connection, transaction, new AuditLog.Entry(
                    hidden ? AuditAction.RoundCommentHidden : AuditAction.RoundCommentShown, actorId, "comment", commentId, $"round {roundId}"));
            }
            return changed > 0;
        }, cancellationToken);
}
