using System.Data.Common;
using Dapper;

namespace SkillMap.Web.Features.Plans;

/// <summary>
/// Removes everything plans hold about one round, for the round's purge (issue 6a): call it inside
/// the purge transaction before the round's own rows go, since plans reference the round.
/// </summary>
public static class PlanPurge
{
    public static async Task DeleteRoundAsync(DbConnection connection, DbTransaction transaction, int roundId)
    {
        foreach (var statement in new[] { Sql.DeleteComments, Sql.DeleteActions, Sql.DeletePlans, Sql.DeleteTeamActions, Sql.DeleteMarker })
        {
            await connection.ExecuteAsync(statement, new { RoundId = roundId }, transaction);
        }
    }

    internal static class Sql
    {
        public const string DeleteComments = """
            DELETE FROM PlanComment
            WHERE PlanId IN (SELECT Id FROM TrainingPlan WHERE RoundId = @RoundId)
            """;

        public const string DeleteActions = """
            DELETE FROM PlanAction
            WHERE PlanId IN (SELECT Id FROM TrainingPlan WHERE RoundId = @RoundId)
            """;

        public const string DeletePlans = """
            DELETE FROM TrainingPlan
            WHERE RoundId = @RoundId
            """;

        public const string DeleteTeamActions = """
            DELETE FROM TeamPlanAction
            WHERE RoundId = @RoundId
            """;

        public const string DeleteMarker = """
            DELETE FROM PlanRound
            WHERE RoundId = @RoundId
            """;
    }
}
