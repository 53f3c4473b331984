namespace SkillMap.Web.Features.Plans;

public sealed partial class PlanProposer
{
    internal static class Sql
    {
        public const string RoundsWithoutPlans = """
            SELECT r.Id
            FROM Round r
            WHERE r.Status IN ('closed', 'archived')
              AND NOT EXISTS (SELECT 1 FROM PlanRound p WHERE p.RoundId = r.Id)
              AND EXISTS (SELECT 1 FROM Rating g WHERE g.RoundId = r.Id)
            ORDER BY r.Id
            """;

        public const string MarkProposed = """
            INSERT INTO PlanRound (RoundId, ProposedAt)
            SELECT @RoundId, @Now
            WHERE NOT EXISTS (SELECT 1 FROM PlanRound WHERE RoundId = @RoundId)
            """;

        public const string Threshold = """
            SELECT PeerThreshold
            FROM Round
            WHERE Id = @RoundId
            """;

        public const string InsertPlanSqlite = """
            INSERT INTO TrainingPlan (RoundId, PersonId, TeamId, Status, ProposedAt, UpdatedAt)
            VALUES (@RoundId, @PersonId, @TeamId, 'proposed', @Now, @Now)
            RETURNING Id
            """;

        public const string InsertPlan = """
            INSERT INTO TrainingPlan (RoundId, PersonId, TeamId, Status, ProposedAt, UpdatedAt)
            OUTPUT INSERTED.Id
            VALUES (@RoundId, @PersonId, @TeamId, 'proposed', @Now, @Now)
            """;

        public const string InsertAction = """
            INSERT INTO PlanAction (PlanId, Position, SkillItemId, ActionType, Reason, Basis, Body, OwnerId, DueDate, Status, UpdatedAt)
            VALUES (@PlanId, @Position, @SkillItemId, @ActionType, @Reason, @Basis, NULL, @OwnerId, NULL, 'planned', @Now)
            """;

        public const string InsertTeamAction = """
            INSERT INTO TeamPlanAction (RoundId, TeamId, Area, Kind, People, Assessed, Status, UpdatedAt)
            VALUES (@RoundId, @TeamId, @Area, @Kind, @People, @Assessed, 'planned', @Now)
            """;
    }
}
