namespace SkillMap.Web.Features.Account;

public sealed partial class AccountTokens
{
    internal static class Sql
    {
        public const string Retire = """
            UPDATE AccountToken
            SET UsedAt = @Now
            WHERE PersonId = @PersonId
              AND Purpose = @Purpose
              AND UsedAt IS NULL
            """;

        public const string RetireAll = """
            UPDATE AccountToken
            SET UsedAt = @Now
            WHERE PersonId = @PersonId
              AND UsedAt IS NULL
            """;

        public const string Insert = """
            INSERT INTO AccountToken (PersonId, Purpose, TokenHash, CreatedAt, CreatedBy, ExpiresAt, UsedAt)
            VALUES (@PersonId, @Purpose, @TokenHash, @CreatedAt, @CreatedBy, @ExpiresAt, NULL)
            """;

        public const string Find = """
            SELECT
                t.Id AS TokenId,
                p.Id AS PersonId,
                p.DisplayName AS DisplayName,
                p.Email AS Email,
                t.ExpiresAt AS ExpiresAt
            FROM AccountToken t
            JOIN Person p ON p.Id = t.PersonId
            WHERE t.TokenHash = @TokenHash
              AND t.Purpose = @Purpose
              AND t.UsedAt IS NULL
              AND t.ExpiresAt > @Now
              AND p.DeactivatedAt IS NULL
              AND p.ErasedAt IS NULL
              AND p.IsDemo = 0
            """;

        public const string Use = """
            UPDATE AccountToken
            SET UsedAt = @Now
            WHERE Id = @TokenId
              AND UsedAt IS NULL
              AND ExpiresAt > @Now
            """;
    }
}
