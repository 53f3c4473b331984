using Dapper;
using SkillMap.Core.Plans;
using SkillMap.Core.SkillModel;
using SkillMap.Web.Data;

namespace SkillMap.Web.Features.Plans;

/// <summary>
/// A team's needs in one round, gathered from its people's gated levels (the same ones personal
/// plans use), who can teach whom, and the stored team actions with their status.
/// </summary>
public sealed partial class TeamPlanQuery(Db db)
{
    public sealed record RoundChoice
    {
        public int Id { get; init; }
        public string Name { get; init; } = "";
        public int PeerThreshold { get; init; }
    }

    public sealed record TeamAction
    {
        public int Id { get; init; }
        public string Area { get; init; } = "";
        public string Status { get; init; } = "";
    }

    public sealed record Result(
        string TeamName,
        IReadOnlyList<RoundChoice> Rounds,
        RoundChoice? Round,
        IReadOnlyList<TeamNeed> Needs,
        IReadOnlyList<TeachingPair> Pairs,
        IReadOnlyDictionary<int, string> Names,
        IReadOnlyList<TeamAction> Actions);

    public async Task<Result?> LoadAsync(int teamId, int? roundId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var name = await connection.ExecuteScalarAsync<string?>(Sql.TeamName, new { TeamId = teamId });
        if (name is null)
        {
            return null;
        }
        var rounds = (await connection.QueryAsync<RoundChoice>(Sql.Rounds, new { TeamId = teamId })).ToList();
        var round = rounds.FirstOrDefault(r => r.Id == roundId) ?? rounds.FirstOrDefault();
        if (roundId is not null && round?.Id != roundId)
        {
            // A round of another team, an open or unknown one: nothing to show, as for a wrong team.
            return null;
        }
        if (round is null)
        {
            return new Result(name, rounds, null, [], [], new Dictionary<int, string>(), []);
        }
        var people = new Dictionary<int, List<ItemLevel>>();
        await foreach (var row in Evidence.ForRoundAsync(connection, null, round.Id, teamId: teamId).WithCancellation(cancellationToken))
        {
            if (PlanRules.LevelOf(row.ToEvidence(), round.PeerThreshold) is { } level)
            {
                (people.TryGetValue(row.PersonId, out var list) ? list : people[row.PersonId] = []).Add(level);
            }
        }
        var needs = TeamPlanRules.Needs(people.Select(p => new PersonLevels(p.Key, p.Value)));
        var pairs = TeamPlanRules.WhoCanTeachWhom(needs);
        var names = (await connection.QueryAsync<(long Id, string Name)>(Sql.Names, new { Ids = people.Keys.ToArray() }))
            .ToDictionary(r => (int)r.Id, r => r.Name);
        var actions = (await connection.QueryAsync<TeamAction>(Sql.Actions, new { TeamId = teamId, RoundId = round.Id })).ToList();
        return new Result(name, rounds, round, needs, pairs, names, actions);
    }

    public async Task<bool> SetStatusAsync(int teamId, int actionId, ActionStatus status, DateTime now, CancellationToken cancellationToken = default) =>
        await db.WriteAsync(async (connection, transaction) =>
            await connection.ExecuteAsync(Sql.SetStatus, new { TeamId = teamId, ActionId = actionId, Status = Slug.Of(status), Now = now }, transaction) > 0,
            cancellationToken);

    internal static class Sql
    {
        public const string TeamName = """
            SELECT Name
            FROM Team
            WHERE Id = @TeamId
            """;

        public const string Rounds = """
            SELECT
                r.Id AS Id,
                r.Name AS Name,
                r.PeerThreshold AS PeerThreshold
            FROM Round r
            WHERE r.Status IN ('closed', 'archived')
              AND EXISTS (SELECT 1 FROM TrainingPlan p WHERE p.RoundId = r.Id AND p.TeamId = @TeamId)
            ORDER BY r.ClosedAt DESC, r.Id DESC
            """;

        public const string Names = """
            SELECT
                Id AS Id,
                DisplayName AS Name
            FROM Person
            WHERE Id IN @Ids
            """;

        public const string Actions = """
            SELECT
                Id AS Id,
                Area AS Area,
                Status AS Status
            FROM TeamPlanAction
            WHERE TeamId = @TeamId
              AND RoundId = @RoundId
            """;

        public const string SetStatus = """
            UPDATE TeamPlanAction
            SET Status = @Status,
                UpdatedAt = @Now
            WHERE Id = @ActionId
              AND TeamId = @TeamId
            """;
    }
}
