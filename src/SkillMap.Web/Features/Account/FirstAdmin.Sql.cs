namespace SkillMap.Web.Features.Account;

public sealed partial class FirstAdmin
{
    internal static class Sql
    {
        public const string Done = """
            SELECT
                (SELECT COUNT(*) FROM Person WHERE Role = 'admin' AND DeactivatedAt IS NULL)
                + (SELECT COUNT(*) FROM SetupCompleted)
            """;

        public const string InsertAdminSqlite = """
            INSERT INTO Person (DisplayName, Email, NormalizedEmail, Role, Language, IsDemo, IsRated, CreatedAt)
            VALUES (@DisplayName, @Email, @NormalizedEmail, 'admin', @Language, 0, 1, @CreatedAt)
            RETURNING Id
            """;

        public const string InsertAdmin = """
            INSERT INTO Person (DisplayName, Email, NormalizedEmail, Role, Language, IsDemo, IsRated, CreatedAt)
            OUTPUT INSERTED.Id
            VALUES (@DisplayName, @Email, @NormalizedEmail, 'admin', @Language, 0, 1, @CreatedAt)
            """;

        public const string Complete = """
            INSERT INTO SetupCompleted (Id, PersonId, CompletedAt)
            VALUES (1, @PersonId, @CompletedAt)
            """;
    }
}
