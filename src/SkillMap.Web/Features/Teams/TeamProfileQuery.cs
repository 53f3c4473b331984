using Dapper;
using SkillMap.Core.SkillModel;
using SkillMap.Web.Data;

namespace SkillMap.Web.Features.Teams;

/// <summary>
/// The team's header, its open round and the visitor's own answers in it (shown back only to them).
/// Closed rounds' results come from the report rollups (Features/Reports/TeamDashboardQuery).
/// </summary>
public sealed partial class TeamProfileQuery(Db db)
{
    public sealed record TeamHeader
    {
        public int Id { get; init; }
        public string Name { get; init; } = "";
        public int MemberCount { get; init; }
    }

    public sealed record RoundHeader
    {
        public int Id { get; init; }
        public string Name { get; init; } = "";
        public DateTime? ClosedAt { get; init; }
        public DateTime? ClosesAt { get; init; }
        public int PeerThreshold { get; init; }
    }

    public sealed record OwnAnswer
    {
        public Stage Stage { get; init; }
        public int? Score { get; init; }
    }

    public sealed record Result(TeamHeader Team, RoundHeader? OpenRound, IReadOnlyList<OwnAnswer> OwnAnswers);

    public async Task<Result?> LoadAsync(int teamId, int personId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        using var results = await connection.QueryMultipleAsync(Sql.Headers, new { TeamId = teamId, PersonId = personId });
        var team = await results.ReadSingleOrDefaultAsync<TeamHeader>();
        var open = await results.ReadSingleOrDefaultAsync<RoundHeader>();
        var own = (await results.ReadAsync<OwnAnswer>()).ToList();
        return team is null ? null : new Result(team, open, own);
    }
}
