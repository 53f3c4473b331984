using Dapper;
using SkillMap.Core.Scoring;
using SkillMap.Core.SkillModel;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Reports.Rollups;

namespace SkillMap.Web.Features.Reports.People;

/// <summary>
/// The numbers behind one person's report: their closed rounds (with whether the viewer manages
/// them), and for one round their self and manager ratings, their peer cells (whole; the gate is
/// asked by the report), comments, and the cells and self ratings of earlier rounds for the trend.
/// Only perspectives about the person are read: the team's answers never enter a personal report.
/// </summary>
public sealed partial class PersonReportQuery(Db db, RollupBuilder rollups)
{
    public sealed record PersonRound : ClosedRound
    {
        public int TeamId { get; init; }
        public string TeamName { get; init; } = "";
        public bool ViewerManages { get; init; }
    }

    public sealed record PersonHeader
    {
        public int Id { get; init; }
        public string DisplayName { get; init; } = "";
        public bool ViewerManagesNow { get; init; }
    }

    public sealed record Rated
    {
        public int RoundId { get; init; }
        public int ItemId { get; init; }
        public int? Score { get; init; }
    }

    public sealed record ManagerRating
    {
        public int RaterId { get; init; }
        public string RaterName { get; init; } = "";
        public int ItemId { get; init; }
        public int? Score { get; init; }
    }

    public sealed record Development
    {
        public int Id { get; init; }
        public DevelopmentType DevelopmentType { get; init; }
        public string DevelopmentJa { get; init; } = "";
        public string DevelopmentEn { get; init; } = "";

        public Bilingual Text => new() { Ja = DevelopmentJa, En = DevelopmentEn };
    }

    public sealed record Comment
    {
        public int? ItemId { get; init; }
        public string Perspective { get; init; } = "";
        public int? RaterId { get; init; }
        public string? RaterName { get; init; }
        public string Body { get; init; } = "";
    }

    public sealed record Result(
        IReadOnlyList<Development> Development,
        IReadOnlyList<Rated> Self,
        IReadOnlyList<ManagerRating> Managers,
        IReadOnlyList<CountCell> PeerCells,
        int PeerSheets,
        IReadOnlyList<Comment> Comments,
        IReadOnlyList<CountCell> TrendPeerCells,
        IReadOnlyList<Rated> TrendSelf);

    public async Task<(PersonHeader? Person, IReadOnlyList<PersonRound> Rounds)> RoundsAsync(int personId, int viewerId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        using var results = await connection.QueryMultipleAsync(Sql.Rounds, new { PersonId = personId, ViewerId = viewerId });
        var person = await results.ReadSingleOrDefaultAsync<PersonHeader>();
        var rounds = (await results.ReadAsync<PersonRound>()).ToList();
        return (person, rounds);
    }

    /// <param name="trendRounds">The rounds the trend covers (the viewer may see each), the report's round included.</param>
    public async Task<Result> LoadAsync(int personId, PersonRound round, IReadOnlyList<PersonRound> trendRounds, CancellationToken cancellationToken = default)
    {
        await rollups.EnsureAsync(trendRounds.Append(round).DistinctBy(r => r.RoundId), cancellationToken);
        await using var connection = await db.OpenAsync(cancellationToken);
        using var results = await connection.QueryMultipleAsync(Sql.Data, new
        {
            PersonId = personId,
            round.RoundId,
            round.ModelVersionId,
            TrendRounds = trendRounds.Select(r => r.RoundId).ToArray(),
        });
        return new Result(
            (await results.ReadAsync<Development>()).ToList(),
            (await results.ReadAsync<Rated>()).ToList(),
            (await results.ReadAsync<ManagerRating>()).ToList(),
            (await results.ReadAsync<CountCell>()).ToList(),
            await results.ReadSingleAsync<int>(),
            (await results.ReadAsync<Comment>()).ToList(),
            (await results.ReadAsync<CountCell>()).ToList(),
            (await results.ReadAsync<Rated>()).ToList());
    }
}
