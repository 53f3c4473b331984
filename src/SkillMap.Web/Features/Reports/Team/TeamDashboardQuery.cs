using Dapper;
using SkillMap.Core.Scoring;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Reports.Rollups;

namespace SkillMap.Web.Features.Reports.Team;

/// <summary>
/// The numbers behind a team's dashboard for one closed round and the one before it, read from the
/// rollups in two round trips. Whole cells come back with their rater counts; the anonymity gate in
/// Core decides what may be shown. Per-person rows are read only for a manager or admin.
/// </summary>
public sealed partial class TeamDashboardQuery(Db db, RollupBuilder rollups)
{
    public sealed record SummaryRow
    {
        public int RoundId { get; init; }
        public string Perspective { get; init; } = "";
        public string Dimension { get; init; } = "";
        public string Value { get; init; } = "";
        public int N1 { get; init; }
        public int N2 { get; init; }
        public int N3 { get; init; }
        public int N4 { get; init; }
        public int N5 { get; init; }
        public int NotObserved { get; init; }
        public int Cells { get; init; }

        public LevelCounts Counts => new() { N1 = N1, N2 = N2, N3 = N3, N4 = N4, N5 = N5, NotObserved = NotObserved };
    }

    public sealed record SelfRating
    {
        public int RateeId { get; init; }
        public int ItemId { get; init; }
        public int? Score { get; init; }
    }

    public sealed record PersonName
    {
        public int Id { get; init; }
        public string DisplayName { get; init; } = "";
        public string? NameReading { get; init; }
    }

    public sealed record OperationsRow
    {
        public string Month { get; init; } = "";
        public int? Incidents { get; init; }
        public int? AfterHoursPages { get; init; }
        public decimal? OvertimeHours { get; init; }
        public decimal? ChangeFailureRate { get; init; }
    }

    public sealed record Result(
        IReadOnlyList<SummaryRow> Summaries,
        IReadOnlyList<CountCell> PeerCells,
        IReadOnlyList<CountCell> TeamAnswerCells,
        IReadOnlyList<SelfRating> SelfRatings,
        IReadOnlyList<PersonName> People,
        IReadOnlyList<OperationsRow> Operations);

    /// <summary>The team's closed rounds, newest first; rollups missing for any of them are built first.</summary>
    public async Task<IReadOnlyList<ClosedRound>> RoundsAsync(int teamId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<ClosedRound>(Sql.Rounds, new { TeamId = teamId })).ToList();
    }

    public async Task<Result> LoadAsync(
        int teamId, ClosedRound round, ClosedRound? previous, bool perPerson, string fromMonth, string toMonth,
        CancellationToken cancellationToken = default)
    {
        await rollups.EnsureAsync(previous is null ? [round] : [round, previous], cancellationToken);
        await using var connection = await db.OpenAsync(cancellationToken);
        using var results = await connection.QueryMultipleAsync(Sql.Data, new
        {
            TeamId = teamId,
            RoundId = round.RoundId,
            Rounds = previous is null ? new[] { round.RoundId } : [round.RoundId, previous.RoundId],
            PerPerson = perPerson ? 1 : 0,
            FromMonth = fromMonth,
            ToMonth = toMonth,
        });
        return new Result(
            (await results.ReadAsync<SummaryRow>()).ToList(),
            (await results.ReadAsync<CountCell>()).ToList(),
            (await results.ReadAsync<CountCell>()).ToList(),
            (await results.ReadAsync<SelfRating>()).ToList(),
            (await results.ReadAsync<PersonName>()).ToList(),
            (await results.ReadAsync<OperationsRow>()).ToList());
    }
}
