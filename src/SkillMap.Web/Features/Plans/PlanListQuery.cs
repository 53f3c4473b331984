using Dapper;
using SkillMap.Web.Data;

namespace SkillMap.Web.Features.Plans;

/// <summary>The plans a person may open: their own, and for managers and admins those of a team in a round.</summary>
public sealed partial class PlanListQuery(Db db)
{
    public sealed record PlanSummary
    {
        public int Id { get; init; }
        public int RoundId { get; init; }
        public string RoundName { get; init; } = "";
        public DateTime? ClosedAt { get; init; }
        public int PersonId { get; init; }
        public string PersonName { get; init; } = "";
        public string TeamName { get; init; } = "";
        public string Status { get; init; } = "";
        public int Actions { get; init; }
        public int Done { get; init; }
    }

    public sealed record Choice
    {
        public int Id { get; init; }
        public string Name { get; init; } = "";
    }

    public async Task<List<PlanSummary>> OwnAsync(int personId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<PlanSummary>(Sql.Own, new { PersonId = personId })).ToList();
    }

    public async Task<(List<Choice> Teams, List<Choice> Rounds)> ChoicesAsync(int personId, bool isAdmin, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        using var results = await connection.QueryMultipleAsync(Sql.Choices, new { Me = personId, IsAdmin = isAdmin ? 1 : 0 });
        return ((await results.ReadAsync<Choice>()).ToList(), (await results.ReadAsync<Choice>()).ToList());
    }

    public async Task<List<PlanSummary>> TeamAsync(int roundId, int teamId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<PlanSummary>(Sql.Team, new { RoundId = roundId, TeamId = teamId })).ToList();
    }

    internal static class Sql
    {
        public const string Own = """
            SELECT
                p.Id AS Id,
                p.RoundId AS RoundId,
                r.Name AS RoundName,
                r.ClosedAt AS ClosedAt,
                p.PersonId AS PersonId,
                pe.DisplayName AS PersonName,
                t.Name AS TeamName,
                p.Status AS Status,
                (SELECT COUNT(*) FROM PlanAction a WHERE a.PlanId = p.Id AND a.ActionType <> 'strength') AS Actions,
                (SELECT COUNT(*) FROM PlanAction a WHERE a.PlanId = p.Id AND a.ActionType <> 'strength' AND a.Status = 'done') AS Done
            FROM TrainingPlan p
            JOIN Round r ON r.Id = p.RoundId
            JOIN Person pe ON pe.Id = p.PersonId
            JOIN Team t ON t.Id = p.TeamId
            WHERE p.PersonId = @PersonId
            ORDER BY r.ClosedAt DESC
            """;

        public const string Team = """
            SELECT
                p.Id AS Id,
                p.RoundId AS RoundId,
                r.Name AS RoundName,
                r.ClosedAt AS ClosedAt,
                p.PersonId AS PersonId,
                pe.DisplayName AS PersonName,
                t.Name AS TeamName,
                p.Status AS Status,
                (SELECT COUNT(*) FROM PlanAction a WHERE a.PlanId = p.Id AND a.ActionType <> 'strength') AS Actions,
                (SELECT COUNT(*) FROM PlanAction a WHERE a.PlanId = p.Id AND a.ActionType <> 'strength' AND a.Status = 'done') AS Done
            FROM TrainingPlan p
            JOIN Round r ON r.Id = p.RoundId
            JOIN Person pe ON pe.Id = p.PersonId
            JOIN Team t ON t.Id = p.TeamId
            WHERE p.RoundId = @RoundId
              AND p.TeamId = @TeamId
            ORDER BY pe.DisplayName, p.Id
            """;

        public const string Choices = """
            SELECT
                t.Id AS Id,
                t.Name AS Name
            FROM Team t
            WHERE t.ArchivedAt IS NULL
              AND (@IsAdmin = 1 OR EXISTS (SELECT 1 FROM TeamManager tm WHERE tm.TeamId = t.Id AND tm.PersonId = @Me))
            ORDER BY t.Name, t.Id;

            SELECT
                r.Id AS Id,
                r.Name AS Name
            FROM Round r
            WHERE r.Status IN ('closed', 'archived')
              AND EXISTS (SELECT 1 FROM PlanRound pr WHERE pr.RoundId = r.Id)
            ORDER BY r.ClosedAt DESC, r.Id DESC;
            """;
    }
}
