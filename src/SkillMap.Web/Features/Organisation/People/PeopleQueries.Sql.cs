namespace SkillMap.Web.Features.Organisation.People;

public sealed partial class PeopleQueries
{
    internal static class Sql
    {
        private const string Columns = """
            SELECT
                p.Id AS Id,
                p.DisplayName AS DisplayName,
                p.NameReading AS NameReading,
                p.Email AS Email,
                p.EmployeeNumber AS EmployeeNumber,
                p.Role AS Role,
                p.Language AS Language,
                p.IsRated AS IsRated,
                p.CreatedAt AS CreatedAt,
                p.DeactivatedAt AS DeactivatedAt,
                m.TeamId AS TeamId,
                t.Name AS TeamName
            FROM Person p
            LEFT JOIN TeamMembership m ON m.PersonId = p.Id AND m.ToDate IS NULL
            LEFT JOIN Team t ON t.Id = m.TeamId
            """;

        // A manager sees the members (role member) currently in a team they manage.
        public const string List = Columns + """

            WHERE p.ErasedAt IS NULL
              AND (@IsAdmin = 1
                OR (p.Role = 'member'
                  AND EXISTS (SELECT 1 FROM TeamManager tm WHERE tm.TeamId = m.TeamId AND tm.PersonId = @PersonId)))
            """;

        public const string Detail = Columns + """

            WHERE p.Id = @PersonId
              AND p.ErasedAt IS NULL;

            SELECT
                m.TeamId AS TeamId,
                t.Name AS TeamName,
                m.FromDate AS FromDate,
                m.ToDate AS ToDate
            FROM TeamMembership m
            JOIN Team t ON t.Id = m.TeamId
            WHERE m.PersonId = @PersonId
            ORDER BY m.FromDate DESC, m.Id DESC;

            SELECT
                t.Id AS Id,
                t.Name AS Name
            FROM TeamManager tm
            JOIN Team t ON t.Id = tm.TeamId
            WHERE tm.PersonId = @PersonId;
            """;

        public const string TeamOptions = """
            SELECT
                t.Id AS Id,
                t.Name AS Name
            FROM Team t
            WHERE t.ArchivedAt IS NULL
              AND (@IsAdmin = 1
                OR EXISTS (SELECT 1 FROM TeamManager tm WHERE tm.TeamId = t.Id AND tm.PersonId = @PersonId))
            """;
    }
}
