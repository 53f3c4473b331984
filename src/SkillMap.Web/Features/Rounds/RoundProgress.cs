using Dapper;
using SkillMap.Core.SkillModel;
using SkillMap.Web.Data;

namespace SkillMap.Web.Features.Rounds;

/// <summary>
/// How far an open round has come, for managers: counts per team and perspective, and each person's
/// open sheets for a reminder. Nothing here says which peer has or has not answered about whom: peer
/// sheets are only ever counted, never listed by ratee.
/// </summary>
public sealed partial class RoundProgress(Db db)
{
    public sealed record Completion
    {
        public int TeamId { get; init; }
        public Perspective Perspective { get; init; }
        public int Sheets { get; init; }
        public int Started { get; init; }
        public int Finished { get; init; }
    }

    public sealed record OpenWork
    {
        public int PersonId { get; init; }
        public string DisplayName { get; init; } = "";
        public string? Email { get; init; }
        public string Language { get; init; } = "ja";
        public int SelfOpen { get; init; }
        public int PeerOpen { get; init; }
        public int ManagerOpen { get; init; }
        public int TeamOpen { get; init; }

        public int Total => SelfOpen + PeerOpen + ManagerOpen + TeamOpen;
    }

    /// <summary>A ratee with fewer peers still able to answer than the threshold: their peer results may stay hidden.</summary>
    public sealed record PeerShortfall
    {
        public int TeamId { get; init; }
        public int RateeId { get; init; }
        public string DisplayName { get; init; } = "";
        public int Available { get; init; }
    }

    public async Task<IReadOnlyList<Completion>> CompletionAsync(int roundId, IReadOnlyList<int> teamIds, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<Completion>(Sql.Completion, new { RoundId = roundId, TeamIds = teamIds })).ToList();
    }

    public async Task<IReadOnlyList<OpenWork>> OpenWorkAsync(int roundId, IReadOnlyList<int> teamIds, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<OpenWork>(Sql.OpenWork, new { RoundId = roundId, TeamIds = teamIds })).ToList();
    }

    public async Task<OpenWork?> OpenWorkOfAsync(int roundId, IReadOnlyList<int> teamIds, int personId, CancellationToken cancellationToken = default) =>
        (await OpenWorkAsync(roundId, teamIds, cancellationToken)).FirstOrDefault(w => w.PersonId == personId);

    public async Task<IReadOnlyList<PeerShortfall>> PeerShortfallsAsync(int roundId, IReadOnlyList<int> teamIds, int threshold, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<PeerShortfall>(Sql.PeerShortfalls, new { RoundId = roundId, TeamIds = teamIds, Threshold = threshold })).ToList();
    }

    internal static class Sql
    {
        public const string Completion = """
            SELECT
                s.TeamId AS TeamId,
                s.Perspective AS Perspective,
                COUNT(*) AS Sheets,
                SUM(CASE WHEN EXISTS (SELECT 1 FROM DraftAnswer a WHERE a.SheetId = s.Id) THEN 1 ELSE 0 END) AS Started,
                SUM(CASE WHEN s.IsFinished = 1 THEN 1 ELSE 0 END) AS Finished
            FROM Sheet s
            WHERE s.RoundId = @RoundId
              AND s.TeamId IN @TeamIds
            GROUP BY s.TeamId, s.Perspective
            """;

        // People who have left are not reminded; what they saved still counts at close.
        public const string OpenWork = """
            SELECT
                p.Id AS PersonId,
                p.DisplayName AS DisplayName,
                p.Email AS Email,
                p.Language AS Language,
                SUM(CASE WHEN s.Perspective = 'self' THEN 1 ELSE 0 END) AS SelfOpen,
                SUM(CASE WHEN s.Perspective = 'peer' THEN 1 ELSE 0 END) AS PeerOpen,
                SUM(CASE WHEN s.Perspective = 'manager' THEN 1 ELSE 0 END) AS ManagerOpen,
                SUM(CASE WHEN s.Perspective = 'team' THEN 1 ELSE 0 END) AS TeamOpen
            FROM Sheet s
            JOIN Person p ON p.Id = s.RaterId
            WHERE s.RoundId = @RoundId
              AND s.TeamId IN @TeamIds
              AND s.IsFinished = 0
              AND p.DeactivatedAt IS NULL
            GROUP BY p.Id, p.DisplayName, p.Email, p.Language
            ORDER BY p.DisplayName
            """;

        public const string PeerShortfalls = """
            SELECT
                s.TeamId AS TeamId,
                s.RateeId AS RateeId,
                p.DisplayName AS DisplayName,
                SUM(CASE WHEN rater.DeactivatedAt IS NULL THEN 1 ELSE 0 END) AS Available
            FROM Sheet s
            JOIN Person p ON p.Id = s.RateeId
            JOIN Person rater ON rater.Id = s.RaterId
            WHERE s.RoundId = @RoundId
              AND s.Perspective = 'peer'
              AND s.TeamId IN @TeamIds
            GROUP BY s.TeamId, s.RateeId, p.DisplayName
            HAVING SUM(CASE WHEN rater.DeactivatedAt IS NULL THEN 1 ELSE 0 END) < @Threshold
            ORDER BY p.DisplayName
            """;
    }
}
