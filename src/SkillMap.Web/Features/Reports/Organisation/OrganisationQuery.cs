using Dapper;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Reports.Rollups;

namespace SkillMap.Web.Features.Reports.Organisation;

/// <summary>
/// Every team of one closed round side by side, and each item's coverage across the organisation,
/// read from summaries that hold only what the anonymity gate let through when they were built.
/// </summary>
public sealed partial class OrganisationQuery(Db db, RollupBuilder rollups)
{
    public sealed record TeamRow
    {
        public int TeamId { get; init; }
        public string Name { get; init; } = "";
    }

    public sealed record SummaryRow
    {
        public int TeamId { get; init; }
        public string Perspective { get; init; } = "";
        public string Dimension { get; init; } = "";
        public string Value { get; init; } = "";
        public int N1 { get; init; }
        public int N2 { get; init; }
        public int N3 { get; init; }
        public int N4 { get; init; }
        public int N5 { get; init; }
        public int NotObserved { get; init; }

        public Core.Scoring.LevelCounts Counts => new() { N1 = N1, N2 = N2, N3 = N3, N4 = N4, N5 = N5, NotObserved = NotObserved };
    }

    public sealed record ItemRow
    {
        public int ItemId { get; init; }
        public int N1 { get; init; }
        public int N2 { get; init; }
        public int N3 { get; init; }
        public int N4 { get; init; }
        public int N5 { get; init; }
        public int NotObserved { get; init; }
        public int Cells { get; init; }
        public int StrongCells { get; init; }
        public int Teams { get; init; }
        public int TeamsWithStrong { get; init; }

        public Core.Scoring.LevelCounts Counts => new() { N1 = N1, N2 = N2, N3 = N3, N4 = N4, N5 = N5, NotObserved = NotObserved };
    }

    /// <param name="Summaries">Summaries of the teams asked for (a page of them).</param>
    /// <param name="Outcome">The organisation's outcome answers pooled over every team's shown cells.</param>
    /// <param name="Items">Per item, every shown peer cell of the organisation pooled.</param>
    public sealed record Result(IReadOnlyList<SummaryRow> Summaries, SummaryRow? Outcome, IReadOnlyList<ItemRow> Items);

    public async Task<IReadOnlyList<ClosedRound>> RoundsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<ClosedRound>(Sql.Rounds)).ToList();
    }

    /// <summary>Every team of the round, by name; rollups are built first if the round has none.</summary>
    public async Task<IReadOnlyList<TeamRow>> TeamsAsync(ClosedRound round, CancellationToken cancellationToken = default)
    {
        await rollups.EnsureAsync([round], cancellationToken);
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<TeamRow>(Sql.Teams, new { round.RoundId })).ToList();
    }

    public async Task<Result> LoadAsync(ClosedRound round, IReadOnlyCollection<int> teams, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        using var results = await connection.QueryMultipleAsync(Sql.Data, new { round.RoundId, Teams = teams.ToArray() });
        return new Result(
            (await results.ReadAsync<SummaryRow>()).ToList(),
            await results.ReadSingleOrDefaultAsync<SummaryRow>(),
            (await results.ReadAsync<ItemRow>()).ToList());
    }

    internal static class Sql
    {
        public const string Rounds = """
            SELECT
                r.Id AS RoundId,
                r.Name AS Name,
                r.ClosedAt AS ClosedAt,
                r.ModelVersionId AS ModelVersionId,
                r.PeerThreshold AS PeerThreshold,
                b.Threshold AS BuiltThreshold
            FROM Round r
            LEFT JOIN RollupBuild b ON b.RoundId = r.Id
            WHERE r.Status IN ('closed', 'archived')
              AND r.PurgedAt IS NULL
            ORDER BY r.ClosedAt DESC, r.Id DESC
            """;

        public const string Teams = """
            SELECT
                t.Id AS TeamId,
                t.Name AS Name
            FROM Team t
            JOIN RoundTeam rt ON rt.TeamId = t.Id
            WHERE rt.RoundId = @RoundId
            ORDER BY t.Name, t.Id
            """;

        // The team's own answers count only on the outcome stage; its area and kind rows repeat it.
        public const string Data = """
            SELECT
                s.TeamId AS TeamId,
                s.Perspective AS Perspective,
                s.Dimension AS Dimension,
                s.Value AS Value,
                s.N1 AS N1,
                s.N2 AS N2,
                s.N3 AS N3,
                s.N4 AS N4,
                s.N5 AS N5,
                s.NotObserved AS NotObserved
            FROM TeamSummaryRollup s
            WHERE s.RoundId = @RoundId
              AND s.TeamId IN @Teams
              AND (s.Perspective = 'peer' OR (s.Perspective = 'team' AND s.Dimension = 'stage'));

            SELECT
                0 AS TeamId,
                'team' AS Perspective,
                'stage' AS Dimension,
                'outcome' AS Value,
                SUM(s.N1) AS N1,
                SUM(s.N2) AS N2,
                SUM(s.N3) AS N3,
                SUM(s.N4) AS N4,
                SUM(s.N5) AS N5,
                SUM(s.NotObserved) AS NotObserved
            FROM TeamSummaryRollup s
            WHERE s.RoundId = @RoundId
              AND s.Perspective = 'team'
              AND s.Dimension = 'stage'
              AND s.Value = 'outcome'
            HAVING COUNT(*) > 0;

            SELECT
                x.SkillItemId AS ItemId,
                x.N1 AS N1,
                x.N2 AS N2,
                x.N3 AS N3,
                x.N4 AS N4,
                x.N5 AS N5,
                x.NotObserved AS NotObserved,
                x.Cells AS Cells,
                x.StrongCells AS StrongCells,
                x.Teams AS Teams,
                x.TeamsWithStrong AS TeamsWithStrong
            FROM ItemSummaryRollup x
            WHERE x.RoundId = @RoundId;
            """;
    }
}
