using Dapper;
using SkillMap.Web.Data;

namespace SkillMap.Web.Features.Rounds;

/// <summary>
/// Whether a ratee may see their own results of a round: only after it closed, and only once their
/// manager released them or the round's automatic release (ReleaseAfterDays after the close) passed.
/// Managers and admins see results as soon as the round closes, to review them and hide a comment first.
/// </summary>
public sealed partial class ResultVisibility(Db db, TimeProvider clock)
{
    private sealed record ReleaseState
    {
        public string Status { get; init; } = "";
        public DateTime? ClosedAt { get; init; }
        public int? ReleaseAfterDays { get; init; }
        public int Released { get; init; }
    }

    public async Task<bool> IsReleasedToRateeAsync(int roundId, int rateeId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var state = await connection.QuerySingleOrDefaultAsync<ReleaseState>(Sql.ReleaseState, new { RoundId = roundId, RateeId = rateeId });
        return state is { Status: "closed" or "archived", ClosedAt: { } closedAt }
            && (state.Released > 0
                || (state.ReleaseAfterDays is { } days && closedAt.AddDays(days) <= clock.GetUtcNow().UtcDateTime));
    }

    internal static class Sql
    {
        public const string ReleaseState = """
            SELECT
                r.Status AS Status,
                r.ClosedAt AS ClosedAt,
                r.ReleaseAfterDays AS ReleaseAfterDays,
                (SELECT COUNT(*) FROM ResultRelease rr WHERE rr.RoundId = r.Id AND rr.RateeId = @RateeId) AS Released
            FROM Round r
            WHERE r.Id = @RoundId
            """;
    }
}
