namespace SkillMap.Web.Features.Organisation.People;

public sealed partial class PeopleCommands
{
    internal static class Sql
    {
        public const string InsertPersonSqlite = """
            INSERT INTO Person (DisplayName, NameReading, Email, NormalizedEmail, EmployeeNumber, Role, Language, IsDemo, IsRated, CreatedAt)
            VALUES (@DisplayName, @NameReading, @Email, @NormalizedEmail, @EmployeeNumber, @Role, @Language, @IsDemo, @IsRated, @Now)
            RETURNING Id
            """;

        public const string InsertPerson = """
            INSERT INTO Person (DisplayName, NameReading, Email, NormalizedEmail, EmployeeNumber, Role, Language, IsDemo, IsRated, CreatedAt)
            OUTPUT INSERTED.Id
            VALUES (@DisplayName, @NameReading, @Email, @NormalizedEmail, @EmployeeNumber, @Role, @Language, @IsDemo, @IsRated, @Now)
            """;

        public const string UpdatePerson = """
            UPDATE Person
            SET DisplayName = @DisplayName,
                NameReading = @NameReading,
                Email = @Email,
                NormalizedEmail = @NormalizedEmail,
                EmployeeNumber = @EmployeeNumber,
                Role = @Role,
                Language = @Language,
                IsRated = @IsRated
            WHERE Id = @PersonId
              AND ErasedAt IS NULL
            """;

        public const string RoleOf = """
            SELECT
                Role AS Role,
                CASE WHEN DeactivatedAt IS NULL THEN 1 ELSE 0 END AS Active
            FROM Person
            WHERE Id = @PersonId
            """;

        public const string EmailTaken = """
            SELECT COUNT(*)
            FROM Person
            WHERE NormalizedEmail = @NormalizedEmail
              AND Id <> @PersonId
            """;

        public const string NumberTaken = """
            SELECT COUNT(*)
            FROM Person
            WHERE EmployeeNumber = @EmployeeNumber
              AND Id <> @PersonId
            """;

        public const string OtherActiveAdmins = """
            SELECT COUNT(*)
            FROM Person
            WHERE Role = 'admin'
              AND DeactivatedAt IS NULL
              AND Id <> @PersonId
            """;

        public const string Deactivate = """
            UPDATE Person
            SET DeactivatedAt = @Now
            WHERE Id = @PersonId
              AND DeactivatedAt IS NULL
            """;

        public const string Reactivate = """
            UPDATE Person
            SET DeactivatedAt = NULL
            WHERE Id = @PersonId
              AND ErasedAt IS NULL
            """;
    }
}
