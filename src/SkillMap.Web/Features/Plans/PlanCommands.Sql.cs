namespace SkillMap.Web.Features.Plans;

public sealed partial class PlanCommands
{
    internal static class Sql
    {
        public const string Agree = """
            UPDATE TrainingPlan
            SET Status = 'agreed',
                AgreedAt = @Now,
                UpdatedAt = @Now
            WHERE Id = @PlanId
              AND PersonId = @PersonId
              AND Status = 'proposed'
            """;

        public const string Approve = """
            UPDATE TrainingPlan
            SET Status = 'approved',
                ApprovedAt = @Now,
                ApprovedBy = @ActorId,
                UpdatedAt = @Now
            WHERE Id = @PlanId
              AND PersonId <> @ActorId
              AND Status = 'agreed'
            """;

        public const string Reopen = """
            UPDATE TrainingPlan
            SET Status = 'proposed',
                AgreedAt = NULL,
                ApprovedAt = NULL,
                ApprovedBy = NULL,
                UpdatedAt = @Now
            WHERE Id = @PlanId
            """;

        public const string Comment = """
            INSERT INTO PlanComment (PlanId, AuthorId, Body, CreatedAt)
            VALUES (@PlanId, @AuthorId, @Body, @Now)
            """;

        public const string SetStatus = """
            UPDATE PlanAction
            SET Status = @Status,
                UpdatedAt = @Now
            WHERE Id = @ActionId
              AND PlanId = @PlanId
            """;

        public const string InsertAction = """
            INSERT INTO PlanAction (PlanId, Position, SkillItemId, ActionType, Reason, Basis, Body, OwnerId, DueDate, Status, UpdatedAt)
            SELECT
                @PlanId,
                COALESCE((SELECT MAX(Position) FROM PlanAction WHERE PlanId = @PlanId), 0) + 1,
                @SkillItemId, @ActionType, 'added', NULL, @Body, @OwnerId, @DueDate, @Status, @Now
            """;

        public const string UpdateAction = """
            UPDATE PlanAction
            SET Body = @Body,
                OwnerId = @OwnerId,
                DueDate = @DueDate,
                Status = @Status,
                UpdatedAt = @Now
            WHERE Id = @ActionId
              AND PlanId = @PlanId
            """;

        public const string RemoveAction = """
            DELETE FROM PlanAction
            WHERE Id = @ActionId
              AND PlanId = @PlanId
            """;
    }
}
