namespace SkillMap.Web.Features.Plans;

public sealed partial class PlanQuery
{
    internal static class Sql
    {
        public const string Plan = """
            SELECT
                p.Id AS Id,
                p.RoundId AS RoundId,
                r.Name AS RoundName,
                r.ClosedAt AS ClosedAt,
                r.PeerThreshold AS PeerThreshold,
                p.PersonId AS PersonId,
                pe.DisplayName AS PersonName,
                p.TeamId AS TeamId,
                t.Name AS TeamName,
                p.Status AS Status,
                p.AgreedAt AS AgreedAt,
                p.ApprovedAt AS ApprovedAt,
                ap.DisplayName AS ApprovedByName,
                r.ModelVersionId AS ModelVersionId
            FROM TrainingPlan p
            JOIN Round r ON r.Id = p.RoundId
            JOIN Person pe ON pe.Id = p.PersonId
            JOIN Team t ON t.Id = p.TeamId
            LEFT JOIN Person ap ON ap.Id = p.ApprovedBy
            WHERE p.Id = @PlanId;

            SELECT
                a.Id AS Id,
                a.PlanId AS PlanId,
                a.Position AS Position,
                a.SkillItemId AS SkillItemId,
                i.ItemKey AS ItemKey,
                i.StatementJa AS StatementJa,
                i.StatementEn AS StatementEn,
                i.DevelopmentJa AS DevelopmentJa,
                i.DevelopmentEn AS DevelopmentEn,
                i.Anchor1En AS Anchor1En,
                i.Anchor3En AS Anchor3En,
                i.Anchor5En AS Anchor5En,
                a.ActionType AS ActionType,
                a.Reason AS Reason,
                a.Basis AS Basis,
                a.Body AS Body,
                a.OwnerId AS OwnerId,
                o.DisplayName AS OwnerName,
                a.DueDate AS DueDate,
                a.Status AS Status
            FROM PlanAction a
            LEFT JOIN SkillItem i ON i.Id = a.SkillItemId
            LEFT JOIN Person o ON o.Id = a.OwnerId
            WHERE a.PlanId = @PlanId
            ORDER BY a.Position, a.Id;

            SELECT
                c.AuthorId AS AuthorId,
                au.DisplayName AS AuthorName,
                c.Body AS Body,
                c.CreatedAt AS CreatedAt
            FROM PlanComment c
            LEFT JOIN Person au ON au.Id = c.AuthorId
            WHERE c.PlanId = @PlanId
            ORDER BY c.CreatedAt, c.Id;

            SELECT
                pe.Id AS Id,
                pe.DisplayName AS DisplayName
            FROM Person pe
            WHERE pe.DeactivatedAt IS NULL
              AND (pe.Id = (SELECT PersonId FROM TrainingPlan WHERE Id = @PlanId)
                OR pe.Id IN (SELECT tm.PersonId FROM TeamManager tm WHERE tm.TeamId = (SELECT TeamId FROM TrainingPlan WHERE Id = @PlanId))
                OR pe.Id IN (SELECT m.PersonId FROM TeamMembership m WHERE m.ToDate IS NULL AND m.TeamId = (SELECT TeamId FROM TrainingPlan WHERE Id = @PlanId)))
            ORDER BY pe.DisplayName;
            """;

        public const string PreviousPlan = """
            SELECT MAX(p.Id)
            FROM TrainingPlan p
            JOIN Round r ON r.Id = p.RoundId
            WHERE p.PersonId = @PersonId
              AND r.ClosedAt = (
                SELECT MAX(r2.ClosedAt)
                FROM TrainingPlan p2
                JOIN Round r2 ON r2.Id = p2.RoundId
                WHERE p2.PersonId = @PersonId
                  AND r2.ClosedAt < @ClosedAt)
            """;

        public const string Anchors = """
            SELECT
                ItemKey AS ItemKey,
                Anchor1En AS Anchor1En,
                Anchor3En AS Anchor3En,
                Anchor5En AS Anchor5En
            FROM SkillItem
            WHERE ModelVersionId = @ModelVersionId
            """;

        public const string Items = """
            SELECT
                Id AS Id,
                ItemKey AS ItemKey,
                StatementJa AS StatementJa,
                StatementEn AS StatementEn,
                Kind AS Kind
            FROM SkillItem
            WHERE ModelVersionId = @ModelVersionId
              AND Scope = 'person'
            ORDER BY Position
            """;
    }
}
