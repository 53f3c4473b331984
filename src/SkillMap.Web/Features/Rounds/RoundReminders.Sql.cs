namespace SkillMap.Web.Features.Rounds;

public sealed partial class RoundReminders
{
    internal static class Sql
    {
        public const string LastReminded = """
            SELECT
                PersonId AS PersonId,
                RemindedAt AS RemindedAt
            FROM RoundReminder
            WHERE RoundId = @RoundId
            """;

        // The row count decides: 1 = this caller may send, 0 = someone reminded the person within the cool-down.
        public const string ClaimAgain = """
            UPDATE RoundReminder
            SET RemindedAt = @Now
            WHERE RoundId = @RoundId
              AND PersonId = @PersonId
              AND RemindedAt <= @CooledBefore
            """;

        public const string ClaimFirst = """
            INSERT INTO RoundReminder (RoundId, PersonId, RemindedAt)
            SELECT @RoundId, @PersonId, @Now
            WHERE NOT EXISTS (
                SELECT 1
                FROM RoundReminder
                WHERE RoundId = @RoundId
                  AND PersonId = @PersonId)
            """;

        // A failed mail gives its claim back, unless someone has claimed the person again since.
        public const string Restore = """
            UPDATE RoundReminder
            SET RemindedAt = @Previous
            WHERE RoundId = @RoundId
              AND PersonId = @PersonId
              AND RemindedAt = @Claimed
            """;

        public const string Release = """
            DELETE FROM RoundReminder
            WHERE RoundId = @RoundId
              AND PersonId = @PersonId
              AND RemindedAt = @Claimed
            """;

        public const string DeleteRound = """
            DELETE FROM RoundReminder
            WHERE RoundId = @RoundId
            """;

        public const string DeletePerson = """
            DELETE FROM RoundReminder
            WHERE PersonId = @PersonId
            """;
    }
}
