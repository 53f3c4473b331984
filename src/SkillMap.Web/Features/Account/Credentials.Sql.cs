namespace SkillMap.Web.Features.Account;

public sealed partial class Credentials
{
    internal static class Sql
    {
        public const string ByEmail = """
            SELECT
                p.Id AS Id,
                p.DisplayName AS DisplayName,
                p.Role AS Role,
                p.Language AS Language,
                p.Email AS Email,
                p.IsDemo AS IsDemo,
                p.DeactivatedAt AS DeactivatedAt,
                p.ErasedAt AS ErasedAt,
                c.PasswordHash AS PasswordHash,
                c.SecurityStamp AS SecurityStamp,
                c.LockoutEnd AS LockoutEnd
            FROM Person p
            LEFT JOIN Credential c ON c.PersonId = p.Id
            WHERE p.NormalizedEmail = @NormalizedEmail
            """;

        public const string Session = """
            SELECT
                p.Id AS Id,
                p.DisplayName AS DisplayName,
                p.Role AS Role,
                p.IsDemo AS IsDemo,
                p.DeactivatedAt AS DeactivatedAt,
                p.ErasedAt AS ErasedAt,
                c.SecurityStamp AS SecurityStamp
            FROM Person p
            LEFT JOIN Credential c ON c.PersonId = p.Id
            WHERE p.Id = @PersonId
            """;

        public const string ById = """
            SELECT
                p.Id AS Id,
                p.DisplayName AS DisplayName,
                p.Role AS Role,
                p.Language AS Language,
                p.Email AS Email,
                p.IsDemo AS IsDemo,
                p.DeactivatedAt AS DeactivatedAt,
                p.ErasedAt AS ErasedAt,
                c.PasswordHash AS PasswordHash,
                c.SecurityStamp AS SecurityStamp,
                c.LockoutEnd AS LockoutEnd
            FROM Person p
            LEFT JOIN Credential c ON c.PersonId = p.Id
            WHERE p.Id = @PersonId
            """;

        // One statement, so two instances counting at once never lose an attempt.
        public const string Failed = """
            UPDATE Credential
            SET FailedCount = CASE WHEN FailedCount + 1 >= @MaxFailed THEN 0 ELSE FailedCount + 1 END,
                LockoutEnd = CASE WHEN FailedCount + 1 >= @MaxFailed THEN @LockoutEnd ELSE LockoutEnd END
            WHERE PersonId = @PersonId
            """;

        public const string Succeeded = """
            UPDATE Credential
            SET FailedCount = 0,
                LockoutEnd = NULL,
                PasswordHash = COALESCE(@NewHash, PasswordHash)
            WHERE PersonId = @PersonId
            """;

        public const string UpdatePassword = """
            UPDATE Credential
            SET PasswordHash = @PasswordHash,
                SecurityStamp = @SecurityStamp,
                FailedCount = 0,
                LockoutEnd = NULL,
                ChangedAt = @ChangedAt
            WHERE PersonId = @PersonId
            """;

        public const string InsertPassword = """
            INSERT INTO Credential (PersonId, PasswordHash, SecurityStamp, FailedCount, LockoutEnd, ChangedAt)
            VALUES (@PersonId, @PasswordHash, @SecurityStamp, 0, NULL, @ChangedAt)
            """;

        public const string HasPassword = """
            SELECT COUNT(*)
            FROM Credential
            WHERE PersonId = @PersonId
            """;
    }
}
