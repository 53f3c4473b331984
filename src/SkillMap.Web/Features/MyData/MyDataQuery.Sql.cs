namespace SkillMap.Web.Features.MyData;

public sealed partial class MyDataQuery
{
    internal static class Sql
    {
        public const string All = """
            SELECT
                p.Id AS Id,
                p.DisplayName AS DisplayName,
                p.NameReading AS NameReading,
                p.Email AS Email,
                p.EmployeeNumber AS EmployeeNumber,
                p.Role AS Role,
                p.Language AS Language,
                p.IsRated AS IsRated,
                p.CreatedAt AS CreatedAt
            FROM Person p
            WHERE p.Id = @PersonId;

            SELECT
                t.Name AS Team,
                m.FromDate AS FromDate,
                m.ToDate AS ToDate
            FROM TeamMembership m
            JOIN Team t ON t.Id = m.TeamId
            WHERE m.PersonId = @PersonId
            ORDER BY m.FromDate;

            SELECT t.Name
            FROM TeamManager tm
            JOIN Team t ON t.Id = tm.TeamId
            WHERE tm.PersonId = @PersonId;

            SELECT
                r.Id AS RoundId,
                r.Name AS Round,
                s.Perspective AS Perspective,
                ratee.DisplayName AS About,
                t.Name AS Team,
                i.ItemKey AS ItemKey,
                i.StatementJa AS StatementJa,
                i.StatementEn AS StatementEn,
                a.Score AS Score,
                a.Comment AS Comment
            FROM Sheet s
            JOIN Round r ON r.Id = s.RoundId
            JOIN Team t ON t.Id = s.TeamId
            JOIN DraftAnswer a ON a.SheetId = s.Id
            JOIN SkillItem i ON i.Id = a.SkillItemId
            LEFT JOIN Person ratee ON ratee.Id = s.RateeId
            WHERE s.RaterId = @PersonId
            ORDER BY r.Id, s.Id, i.Position;

            SELECT
                r.Id AS RoundId,
                r.Name AS Round,
                g.Perspective AS Perspective,
                ratee.DisplayName AS About,
                t.Name AS Team,
                i.ItemKey AS ItemKey,
                i.StatementJa AS StatementJa,
                i.StatementEn AS StatementEn,
                g.Score AS Score,
                NULL AS Comment
            FROM Rating g
            JOIN Round r ON r.Id = g.RoundId
            JOIN Team t ON t.Id = g.TeamId
            JOIN SkillItem i ON i.Id = g.SkillItemId
            LEFT JOIN Person ratee ON ratee.Id = g.RateeId
            WHERE g.RaterId = @PersonId
            ORDER BY r.Id, g.Perspective, g.RateeId, i.Position;

            SELECT
                c.RoundId AS RoundId,
                r.Name AS Round,
                c.Perspective AS Perspective,
                ratee.DisplayName AS About,
                NULL AS RaterName,
                i.ItemKey AS ItemKey,
                c.Body AS Body
            FROM RatingComment c
            JOIN Round r ON r.Id = c.RoundId
            LEFT JOIN SkillItem i ON i.Id = c.SkillItemId
            LEFT JOIN Person ratee ON ratee.Id = c.RateeId
            WHERE c.RaterId = @PersonId;

            SELECT
                g.RoundId AS RoundId,
                g.Perspective AS Perspective,
                rater.DisplayName AS RaterName,
                g.SheetToken AS SheetToken,
                i.ItemKey AS ItemKey,
                i.StatementJa AS StatementJa,
                i.StatementEn AS StatementEn,
                g.Score AS Score
            FROM Rating g
            JOIN SkillItem i ON i.Id = g.SkillItemId
            LEFT JOIN Person rater ON rater.Id = g.RaterId
            WHERE g.RateeId = @PersonId
            ORDER BY g.RoundId, i.Position;

            SELECT
                c.RoundId AS RoundId,
                r.Name AS Round,
                c.Perspective AS Perspective,
                NULL AS About,
                rater.DisplayName AS RaterName,
                i.ItemKey AS ItemKey,
                c.Body AS Body
            FROM RatingComment c
            JOIN Round r ON r.Id = c.RoundId
            LEFT JOIN SkillItem i ON i.Id = c.SkillItemId
            LEFT JOIN Person rater ON rater.Id = c.RaterId
            WHERE c.RateeId = @PersonId
              AND c.IsHidden = 0;

            SELECT DISTINCT
                r.Id AS Id,
                r.Name AS Name,
                r.ClosedAt AS ClosedAt,
                r.PeerThreshold AS PeerThreshold
            FROM Round r
            JOIN Rating g ON g.RoundId = r.Id
            WHERE g.RateeId = @PersonId
              AND r.Status IN ('closed', 'archived');
            """;
    }
}
