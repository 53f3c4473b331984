namespace SkillMap.Web.Features.Plans.Export;

public sealed partial class PlanExportQuery
{
    internal static class Sql
    {
        public const string RoundExists = """
            SELECT COUNT(*)
            FROM Round
            WHERE Id = @RoundId
              AND Status IN ('closed', 'archived')
            """;

        public const string TeamExists = """
            SELECT COUNT(*)
            FROM Team
            WHERE Id = @TeamId
            """;

        public const string TeamRows = """
            SELECT
                t.Name AS Team,
                r.Name AS RoundName,
                ta.Area AS Area,
                ta.Kind AS Kind,
                ta.People AS People,
                ta.Assessed AS Assessed,
                ta.Status AS Status,
                (SELECT MIN(m.DisplayName) FROM TeamManager tm JOIN Person m ON m.Id = tm.PersonId WHERE tm.TeamId = t.Id) AS Owner
            FROM TeamPlanAction ta
            JOIN Team t ON t.Id = ta.TeamId
            JOIN Round r ON r.Id = ta.RoundId
            WHERE ta.RoundId = @RoundId
              AND (@TeamId IS NULL OR ta.TeamId = @TeamId)
            ORDER BY t.Name, t.Id, ta.Area
            """;

        public const string PersonRows = """
            SELECT
                pe.EmployeeNumber AS EmployeeNumber,
                pe.Email AS Email,
                pe.DisplayName AS DisplayName,
                t.Name AS Team,
                r.Name AS RoundName,
                i.ItemKey AS ItemKey,
                CASE WHEN @Lang = 'en' THEN i.StatementEn ELSE i.StatementJa END AS Item,
                i.Kind AS Kind,
                a.ActionType AS ActionType,
                a.Body AS Body,
                CASE WHEN @Lang = 'en' THEN i.DevelopmentEn ELSE i.DevelopmentJa END AS Development,
                o.DisplayName AS Owner,
                a.DueDate AS DueDate,
                a.Status AS Status
            FROM TrainingPlan p
            JOIN PlanAction a ON a.PlanId = p.Id
            JOIN Person pe ON pe.Id = p.PersonId
            JOIN Team t ON t.Id = p.TeamId
            JOIN Round r ON r.Id = p.RoundId
            LEFT JOIN SkillItem i ON i.Id = a.SkillItemId
            LEFT JOIN Person o ON o.Id = a.OwnerId
            WHERE p.RoundId = @RoundId
              AND (@TeamId IS NULL OR p.TeamId = @TeamId)
              AND (@PersonId IS NULL OR p.PersonId = @PersonId)
            ORDER BY t.Name, p.TeamId, pe.DisplayName, p.PersonId, a.Position, a.Id
            """;
    }
}
