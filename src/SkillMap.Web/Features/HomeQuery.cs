using Dapper;
using SkillMap.Web.Data;

namespace SkillMap.Web.Features;

/// <summary>What the home page offers a signed-in person: the open rounds in which they have surveys to answer.</summary>
public sealed partial class HomeQuery(Db db)
{
    public sealed record OpenRound
    {
        public int Id { get; init; }
        public string Name { get; init; } = "";
        public DateTime? ClosesAt { get; init; }
        public int Sheets { get; init; }
        public int Finished { get; init; }
    }

    public async Task<IReadOnlyList<OpenRound>> OpenRoundsAsync(int personId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<OpenRound>(Sql.OpenRounds, new { PersonId = personId })).ToList();
    }

    internal static class Sql
    {
        // The sheets a person answers in each open round; "finished" is kept by the answer writer.
        public const string OpenRounds = """
            SELECT
                r.Id AS Id,
                r.Name AS Name,
                r.ClosesAt AS ClosesAt,
                COUNT(*) AS Sheets,
                SUM(CASE WHEN s.IsFinished = 1 THEN 1 ELSE 0 END) AS Finished
            FROM Round r
            JOIN Sheet s ON s.RoundId = r.Id
            WHERE r.Status = 'open'
              AND s.RaterId = @PersonId
            GROUP BY r.Id, r.Name, r.ClosesAt
            ORDER BY r.ClosesAt, r.Id
            """;
    }
}
