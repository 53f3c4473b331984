namespace SkillMap.Web.Features.Reports.Team;

public sealed partial class TeamDashboardQuery
{
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
            JOIN RoundTeam rt ON rt.RoundId = r.Id AND rt.TeamId = @TeamId
            LEFT JOIN RollupBuild b ON b.RoundId = r.Id
            WHERE r.Status IN ('closed', 'archived')
              AND r.PurgedAt IS NULL
            ORDER BY r.ClosedAt DESC, r.Id DESC
            """;

        // Summaries hold only what the gate let through when they were built. Cells are whole: the
        // page asks the gate. Self ratings and names only when @PerPerson = 1 (managers and admins).
        public const string Data = """
            SELECT
                s.RoundId AS RoundId,
                s.Perspective AS Perspective,
                s.Dimension AS Dimension,
                s.Value AS Value,
                s.N1 AS N1,
                s.N2 AS N2,
                s.N3 AS N3,
                s.N4 AS N4,
                s.N5 AS N5,
                s.NotObserved AS NotObserved,
                s.Cells AS Cells
            FROM TeamSummaryRollup s
            WHERE s.TeamId = @TeamId
              AND s.RoundId IN @Rounds;

            SELECT
                c.RoundId AS RoundId,
                c.SkillItemId AS ItemId,
                c.RateeId AS RateeId,
                c.N1 AS N1,
                c.N2 AS N2,
                c.N3 AS N3,
                c.N4 AS N4,
                c.N5 AS N5,
                c.NotObserved AS NotObserved,
                c.Raters AS Raters
            FROM PeerCellRollup c
            WHERE c.RoundId = @RoundId
              AND c.TeamId = @TeamId;

            SELECT
                c.RoundId AS RoundId,
                c.SkillItemId AS ItemId,
                c.N1 AS N1,
                c.N2 AS N2,
                c.N3 AS N3,
                c.N4 AS N4,
                c.N5 AS N5,
                c.NotObserved AS NotObserved,
                c.Raters AS Raters
            FROM TeamCellRollup c
            WHERE c.RoundId = @RoundId
              AND c.TeamId = @TeamId
              AND c.Perspective = 'team';

            SELECT
                r.RateeId AS RateeId,
                r.SkillItemId AS ItemId,
                r.Score AS Score
            FROM Rating r
            WHERE @PerPerson = 1
              AND r.RoundId = @RoundId
              AND r.TeamId = @TeamId
              AND r.Perspective = 'self';

            SELECT
                p.Id AS Id,
                p.DisplayName AS DisplayName,
                p.NameReading AS NameReading
            FROM Person p
            WHERE @PerPerson = 1
              AND (p.Id IN (SELECT c.RateeId FROM PeerCellRollup c WHERE c.RoundId = @RoundId AND c.TeamId = @TeamId)
                OR p.Id IN (SELECT r.RaterId FROM Rating r WHERE r.RoundId = @RoundId AND r.TeamId = @TeamId AND r.Perspective = 'self'));

            SELECT
                o.Month AS Month,
                o.Incidents AS Incidents,
                o.AfterHoursPages AS AfterHoursPages,
                o.OvertimeHours AS OvertimeHours,
                o.ChangeFailureRate AS ChangeFailureRate
            FROM OperationsFigure o
            WHERE o.TeamId = @TeamId
              AND o.Month >= @FromMonth
              AND o.Month <= @ToMonth
            ORDER BY o.Month DESC;
            """;
    }
}
