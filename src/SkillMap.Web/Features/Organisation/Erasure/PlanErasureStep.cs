using System.Data.Common;
using Dapper;

namespace SkillMap.Web.Features.Organisation.Erasure;

/// <summary>
/// Training plans are about one person: an erased person's plans go with their actions and comments;
/// comments they wrote on other plans go; where they approved a plan or owned an action, the link goes.
/// </summary>
public sealed class PlanErasureStep : IPersonErasureStep
{
    public async Task RunAsync(DbConnection connection, DbTransaction transaction, int personId, CancellationToken cancellationToken)
    {
        foreach (var statement in new[] { Sql.DeleteComments, Sql.DeleteActions, Sql.DeletePlans, Sql.ForgetApprover, Sql.ForgetOwner })
        {
            await connection.ExecuteAsync(statement, new { PersonId = personId }, transaction);
        }
    }

    internal static class Sql
    {
        public const string DeleteComments = """
            DELETE FROM PlanComment
            WHERE AuthorId = @PersonId
               OR PlanId IN (SELECT Id FROM TrainingPlan WHERE PersonId = @PersonId)
            """;

        public const string DeleteActions = """
            DELETE FROM PlanAction
            WHERE PlanId IN (SELECT Id FROM TrainingPlan WHERE PersonId = @PersonId)
            """;

        public const string DeletePlans = """
            DELETE FROM TrainingPlan
            WHERE PersonId = @PersonId
            """;

        public const string ForgetApprover = """
            UPDATE TrainingPlan
            SET ApprovedBy = NULL
            WHERE ApprovedBy = @PersonId
            """;

        public const string ForgetOwner = """
            UPDATE PlanAction
            SET OwnerId = NULL
            WHERE OwnerId = @PersonId
            """;
    }
}
