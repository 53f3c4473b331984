namespace SkillMap.Web.Features.Organisation.Import;

public sealed partial class OrganisationImport
{
    internal static class Sql
    {
        public const string Snapshot = """
            SELECT
                p.Id AS Id,
                p.Email AS Email,
                p.DisplayName AS DisplayName,
                p.NameReading AS NameReading,
                p.EmployeeNumber AS EmployeeNumber,
                p.Role AS Role,
                p.Language AS Language,
                p.DeactivatedAt AS DeactivatedAt,
                m.TeamId AS TeamId
            FROM Person p
            LEFT JOIN TeamMembership m ON m.PersonId = p.Id AND m.ToDate IS NULL
            WHERE p.ErasedAt IS NULL
            ORDER BY p.Id, m.FromDate DESC;

            SELECT
                Id AS Id,
                Name AS Name,
                UnitId AS UnitId,
                ArchivedAt AS ArchivedAt
            FROM Team;

            SELECT
                Id AS Id,
                Name AS Name,
                ParentId AS ParentId,
                ArchivedAt AS ArchivedAt
            FROM OrgUnit;

            SELECT
                PersonId AS PersonId,
                TeamId AS TeamId
            FROM TeamManager;
            """;

        public const string SetTeamUnit = """
            UPDATE Team
            SET UnitId = @UnitId
            WHERE Id = @TeamId
            """;

        public const string UpdatePerson = """
            UPDATE Person
            SET Email = @Email,
                NormalizedEmail = @NormalizedEmail,
                EmployeeNumber = @EmployeeNumber,
                DisplayName = @DisplayName,
                NameReading = @NameReading,
                Role = @Role,
                Language = @Language
            WHERE Id = @PersonId
            """;
    }
}
