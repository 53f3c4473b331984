using Dapper;
using SkillMap.Core.Organisation.Import;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Reports.Rollups;

namespace SkillMap.Web.Features.Reports.Organisation;

/// <summary>
/// Every team of one closed round side by side, the units above them (部 → 課), and each item's
/// coverage across the organisation, read from summaries that hold only what the anonymity gate let
/// through when they were built.
/// </summary>
public sealed partial class OrganisationQuery(Db db, RollupBuilder rollups)
{
    public sealed record TeamRow
    {
        public int TeamId { get; init; }
        public string Name { get; init; } = "";
        public int? UnitId { get; init; }
    }

    private sealed record UnitRow
    {
        public int Id { get; init; }
        public string Name { get; init; } = "";
        public int? ParentId { get; init; }
    }

    /// <summary>The round's teams and every unit (a team's unit is where it sits today).</summary>
    public sealed record Structure(IReadOnlyList<TeamRow> Teams, IReadOnlyList<ExistingUnit> Units);

    /// <summary>A team's totals, or (with <see cref="UnitId"/>) the pooled totals of the teams placed directly in a unit.</summary>
    public sealed record SummaryRow
    {
        public int TeamId { get; init; }
        public int UnitId { get; init; }
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
    /// <param name="UnitSummaries">Per unit, its own teams' summaries pooled; units above are rolled up by the caller.</param>
    public sealed record Result(IReadOnlyList<SummaryRow> Summaries, SummaryRow? Outcome, IReadOnlyList<ItemRow> Items, IReadOnlyList<SummaryRow> UnitSummaries);

    public async Task<IReadOnlyList<ClosedRound>> RoundsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<ClosedRound>(Sql.Rounds)).ToList();
    }

    /// <summary>Every team of the round, by name, and the units; rollups are built first if the round has none.</summary>
    public async Task<Structure> TeamsAsync(ClosedRound round, CancellationToken cancellationToken = default)
    {
        await rollups.EnsureAsync([round], cancellationToken);
        await using var connection = await db.OpenAsync(cancellationToken);
        using var results = await connection.QueryMultipleAsync(Sql.Teams, new { round.RoundId });
        var teams = (await results.ReadAsync<TeamRow>()).ToList();
        var units = (await results.ReadAsync<UnitRow>()).Select(u => new ExistingUnit { Id = u.Id, Name = u.Name, ParentId = u.ParentId }).ToList();
        return new Structure(teams, units);
    }

    public async Task<Result> LoadAsync(ClosedRound round, IReadOnlyCollection<int> teams, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        using var results = await connection.QueryMultipleAsync(Sql.Data, new { round.RoundId, Teams = teams.ToArray() });
        return new Result(
            (await results.ReadAsync<SummaryRow>()).ToList(),
            await results.ReadSingleOrDefaultAsync<SummaryRow>(),
            (await results.ReadAsync<ItemRow>()).ToList(),
            (await results.ReadAsync<SummaryRow>()).ToList());
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
                t.Name AS Name,
                t.UnitId AS UnitId
            FROM Team t
            JOIN RoundTeam rt ON rt.TeamId = t.Id
            WHERE rt.RoundId = @RoundId
            ORDER BY t.Name, t.Id;

            SELECT
                u.Id AS Id,
                u.Name AS Name,
                u.ParentId AS ParentId
            FROM OrgUnit u
            ORDER BY u.Name, u.Id;
            """;

        // The team's own answers count only on the outcome stage; its area and kind rows repeat it.
        // Units: each unit's own teams pooled from the same shown-only summaries (the view rolls them up).
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

            SELECT
                t.UnitId AS UnitId,
                s.Perspective AS Perspective,
                s.Dimension AS Dimension,
                s.Value AS Value,
                SUM(s.N1) AS N1,
                SUM(s.N2) AS N2,
                SUM(s.N3) AS N3,
                SUM(s.N4) AS N4,
                SUM(s.N5) AS N5,
                SUM(s.NotObserved) AS NotObserved
            FROM TeamSummaryRollup s
            JOIN Team t ON t.Id = s.TeamId
            WHERE s.RoundId = @RoundId
              AND t.UnitId IS NOT NULL
              AND (s.Perspective = 'peer' OR (s.Perspective = 'team' AND s.Dimension = 'stage'))
            GROUP BY t.UnitId, s.Perspective, s.Dimension, s.Value;
            """;
    }
}
