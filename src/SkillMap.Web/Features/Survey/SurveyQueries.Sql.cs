namespace SkillMap.Web.Features.Survey;

public sealed partial class SurveyQueries
{
    internal static class Sql
    {
        public const string Sheet = """
            SELECT
                s.Id AS SheetId,
                s.RoundId AS RoundId,
                r.Name AS RoundName,
                r.ModelVersionId AS ModelVersionId,
                r.Form AS Form,
                r.ClosesAt AS ClosesAt,
                r.PeerThreshold AS PeerThreshold,
                s.Perspective AS PerspectiveSlug,
                s.RateeId AS RateeId,
                p.DisplayName AS RateeName,
                s.TeamId AS TeamId,
                t.Name AS TeamName,
                s.Revision AS Revision
            FROM Sheet s
            JOIN Round r ON r.Id = s.RoundId
            JOIN Team t ON t.Id = s.TeamId
            LEFT JOIN Person p ON p.Id = s.RateeId
            WHERE s.Id = @SheetId
              AND s.RaterId = @RaterId
              AND r.Status = 'open'
            """;

        public const string Target = """
            SELECT
                s.Id AS SheetId,
                s.RoundId AS RoundId,
                r.ModelVersionId AS ModelVersionId,
                r.Form AS Form,
                s.Perspective AS PerspectiveSlug
            FROM Sheet s
            JOIN Round r ON r.Id = s.RoundId
            WHERE s.Id = @SheetId
              AND s.RaterId = @RaterId
              AND r.Status = 'open'
            """;

        public const string SheetWithAnswers = Sheet + """
            ;

            SELECT
                a.SkillItemId AS SkillItemId,
                a.Score AS Score,
                a.Comment AS Comment
            FROM DraftAnswer a
            JOIN Sheet s ON s.Id = a.SheetId
            WHERE a.SheetId = @SheetId
              AND s.RaterId = @RaterId;
            """;

        // Self first, then colleagues by name, the team, and the ratings a manager gives.
        public const string MySheets = """
            SELECT
                s.Id AS SheetId,
                r.Id AS RoundId,
                r.Name AS RoundName,
                r.ClosesAt AS ClosesAt,
                r.ModelVersionId AS ModelVersionId,
                r.Form AS Form,
                s.Perspective AS PerspectiveSlug,
                p.DisplayName AS RateeName,
                t.Name AS TeamName,
                (SELECT COUNT(*) FROM DraftAnswer a WHERE a.SheetId = s.Id) AS Answered
            FROM Round r
            JOIN Sheet s ON s.RoundId = r.Id
            JOIN Team t ON t.Id = s.TeamId
            LEFT JOIN Person p ON p.Id = s.RateeId
            WHERE r.Status = 'open'
              AND s.RaterId = @PersonId
            ORDER BY
                r.ClosesAt,
                r.Id,
                CASE s.Perspective WHEN 'self' THEN 1 WHEN 'peer' THEN 2 WHEN 'team' THEN 3 ELSE 4 END,
                t.Name,
                p.DisplayName,
                s.Id
            """;

        public const string WasInClosedRound = """
            SELECT COUNT(*)
            FROM Round r
            WHERE r.Id = @RoundId
              AND r.Status IN ('closed', 'archived')
              AND EXISTS (
                SELECT 1
                FROM RoundTeam rt
                JOIN TeamMembership m ON m.TeamId = rt.TeamId AND m.PersonId = @PersonId
                WHERE rt.RoundId = r.Id
                UNION ALL
                SELECT 1
                FROM RoundTeam rt
                JOIN TeamManager tm ON tm.TeamId = rt.TeamId AND tm.PersonId = @PersonId
                WHERE rt.RoundId = r.Id)
            """;
    }
}
