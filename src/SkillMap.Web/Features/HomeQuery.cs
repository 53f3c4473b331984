using Dapper;
using SkillMap.Web.Data;

namespace SkillMap.Web.Features;

/// <summary>What the home page offers a signed-in person: the open rounds they can answer.</summary>
public sealed partial class HomeQuery(Db db)
{
    public sealed record OpenRound
    {
        public int Id { get; init; }
        public string Name { get; init; } = "";
        public DateTime? ClosesAt { get; init; }
        public int Answered { get; init; }
    }

    public async Task<IReadOnlyList<OpenRound>> OpenRoundsAsync(int personId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<OpenRound>(Sql.OpenRounds, new { PersonId = personId })).ToList();
    }

    internal static class Sql
    {
        public const string OpenRounds = """
            SELECT
                r.Id AS Id,
                r.Name AS Name,
                r.ClosesAt AS ClosesAt,
                (SELECT COUNT(*)
                 FROM DraftAnswer a
                 JOIN Sheet s ON s.Id = a.SheetId
                 WHERE s.RoundId = r.Id
                   AND s.RaterId = @PersonId
                   AND s.RateeId = @PersonId
                   AND s.Perspective = 'self') AS Answered
            FROM Round r
            WHERE r.Status = 'open'
              AND r.IncludesSelf = 1
              AND EXISTS (
                SELECT 1
                FROM RoundTeam rt
                JOIN TeamMembership m ON m.TeamId = rt.TeamId
                WHERE rt.RoundId = r.Id
                  AND m.PersonId = @PersonId
                  AND m.ToDate IS NULL)
            ORDER BY r.ClosesAt, r.Id
            """;
    }
}
