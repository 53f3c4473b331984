namespace SkillMap.Web.Features.Reports.People;

public sealed partial class PersonReportQuery
{
    internal static class Sql
    {
        // A person's rounds are the closed rounds with a rating about them; the team is the one they were
        // rated in. The viewer manages them when they manage that team or the person's current team.
        public const string Rounds = """
            SELECT
                p.Id AS Id,
                p.DisplayName AS DisplayName,
                CASE WHEN EXISTS (
                    SELECT 1
                    FROM TeamManager tm
                    JOIN TeamMembership m ON m.TeamId = tm.TeamId AND m.PersonId = p.Id AND m.ToDate IS NULL
                    WHERE tm.PersonId = @ViewerId) THEN 1 ELSE 0 END AS ViewerManagesNow
            FROM Person p
            WHERE p.Id = @PersonId;

            SELECT
                r.Id AS RoundId,
                r.Name AS Name,
                r.ClosedAt AS ClosedAt,
                r.ModelVersionId AS ModelVersionId,
                r.PeerThreshold AS PeerThreshold,
                b.Threshold AS BuiltThreshold,
                x.TeamId AS TeamId,
                t.Name AS TeamName,
                CASE WHEN EXISTS (
                    SELECT 1
                    FROM TeamManager tm
                    WHERE tm.PersonId = @ViewerId
                      AND (tm.TeamId = x.TeamId
                        OR tm.TeamId IN (SELECT m.TeamId FROM TeamMembership m WHERE m.PersonId = @PersonId AND m.ToDate IS NULL))) THEN 1 ELSE 0 END AS ViewerManages
            FROM Round r
            JOIN (
                SELECT RoundId, MIN(TeamId) AS TeamId
                FROM Rating
                WHERE RateeId = @PersonId
                  AND Perspective IN ('self', 'peer', 'manager')
                GROUP BY RoundId) x ON x.RoundId = r.Id
            JOIN Team t ON t.Id = x.TeamId
            LEFT JOIN RollupBuild b ON b.RoundId = r.Id
            WHERE r.Status IN ('closed', 'archived')
              AND r.PurgedAt IS NULL
            ORDER BY r.ClosedAt DESC, r.Id DESC;
            """;

        public const string Data = """
            SELECT
                Id AS Id,
                DevelopmentType AS DevelopmentType,
                DevelopmentJa AS DevelopmentJa,
                DevelopmentEn AS DevelopmentEn
            FROM SkillItem
            WHERE ModelVersionId = @ModelVersionId
              AND Scope = 'person';

            SELECT
                r.RoundId AS RoundId,
                r.SkillItemId AS ItemId,
                r.Score AS Score
            FROM Rating r
            WHERE r.RateeId = @PersonId
              AND r.RoundId = @RoundId
              AND r.Perspective = 'self';

            SELECT
                r.RaterId AS RaterId,
                p.DisplayName AS RaterName,
                r.SkillItemId AS ItemId,
                r.Score AS Score
            FROM Rating r
            JOIN Person p ON p.Id = r.RaterId
            WHERE r.RateeId = @PersonId
              AND r.RoundId = @RoundId
              AND r.Perspective = 'manager'
            ORDER BY p.DisplayName, r.RaterId;

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
            WHERE c.RateeId = @PersonId
              AND c.RoundId = @RoundId;

            SELECT COUNT(DISTINCT r.SheetToken)
            FROM Rating r
            WHERE r.RateeId = @PersonId
              AND r.RoundId = @RoundId
              AND r.Perspective = 'peer'
              AND r.Score IS NOT NULL;

            SELECT
                c.SkillItemId AS ItemId,
                c.Perspective AS Perspective,
                c.RaterId AS RaterId,
                p.DisplayName AS RaterName,
                c.Body AS Body
            FROM RatingComment c
            LEFT JOIN Person p ON p.Id = c.RaterId AND c.Perspective = 'manager'
            WHERE c.RateeId = @PersonId
              AND c.RoundId = @RoundId
              AND c.IsHidden = 0
              AND c.Perspective IN ('peer', 'manager');

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
            WHERE c.RateeId = @PersonId
              AND c.RoundId IN @TrendRounds;

            SELECT
                r.RoundId AS RoundId,
                r.SkillItemId AS ItemId,
                r.Score AS Score
            FROM Rating r
            WHERE r.RateeId = @PersonId
              AND r.RoundId IN @TrendRounds
              AND r.Perspective = 'self';
            """;
    }
}
