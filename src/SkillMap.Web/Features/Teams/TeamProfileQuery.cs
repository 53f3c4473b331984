using Dapper;
using SkillMap.Core.Scoring;
using SkillMap.Core.SkillModel;
using SkillMap.Web.Data;

namespace SkillMap.Web.Features.Teams;

/// <summary>
/// The numbers behind a team's stage profile: counted cells of the last closed round (the anonymity
/// gate in Core decides what may be shown) and the visitor's own answers in the open round.
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

    public sealed record Result(
        TeamHeader Team,
        RoundHeader? ClosedRound,
        RoundHeader? OpenRound,
        IReadOnlyList<ScoreCell> SelfCells,
        IReadOnlyList<ScoreCell> PeerCells,
        IReadOnlyList<ScoreCell> TeamCells,
        IReadOnlyList<OwnAnswer> OwnAnswers);

    public async Task<Result?> LoadAsync(int teamId, int personId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        using var headers = await connection.QueryMultipleAsync(Sql.Headers, new { TeamId = teamId });
        var team = await headers.ReadSingleOrDefaultAsync<TeamHeader>();
        var closed = await headers.ReadSingleOrDefaultAsync<RoundHeader>();
        var open = await headers.ReadSingleOrDefaultAsync<RoundHeader>();
        if (team is null)
        {
            return null;
        }
        using var cells = await connection.QueryMultipleAsync(Sql.Cells, new
        {
            TeamId = teamId,
            PersonId = personId,
            ClosedRoundId = closed?.Id ?? 0,
            OpenRoundId = open?.Id ?? 0,
        });
        return new Result(
            team,
            closed,
            open,
            (await cells.ReadAsync<ScoreCell>()).ToList(),
            (await cells.ReadAsync<ScoreCell>()).ToList(),
            (await cells.ReadAsync<ScoreCell>()).ToList(),
            (await cells.ReadAsync<OwnAnswer>()).ToList());
    }
}
