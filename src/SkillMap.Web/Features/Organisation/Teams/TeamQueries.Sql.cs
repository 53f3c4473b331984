namespace SkillMap.Web.Features.Organisation.Teams;

public sealed partial class TeamQueries
{
    internal static class Sql
    {
        public const string Units = """
            SELECT
                Id AS Id,
                Name AS Name,
                ParentId AS ParentId,
                ArchivedAt AS ArchivedAt
            FROM OrgUnit
            """;

        public const string Overview = """
            SELECT
                t.Id AS Id,
                t.Name AS Name,
                t.UnitId AS UnitId,
                t.ArchivedAt AS ArchivedAt,
                (SELECT COUNT(*) FROM TeamMembership m WHERE m.TeamId = t.Id AND m.ToDate IS NULL) AS MemberCount
            FROM Team t
            WHERE @IsAdmin = 1
               OR EXISTS (SELECT 1 FROM TeamManager tm WHERE tm.TeamId = t.Id AND tm.PersonId = @PersonId);

            """ + Units + """
            ;

            SELECT
                tm.TeamId AS TeamId,
                p.Id AS PersonId,
                p.DisplayName AS DisplayName,
                p.NameReading AS NameReading
            FROM TeamManager tm
            JOIN Person p ON p.Id = tm.PersonId;
            """;

        public const string Detail = """
            SELECT
                t.Id AS Id,
                t.Name AS Name,
                t.UnitId AS UnitId,
                t.ArchivedAt AS ArchivedAt,
                (SELECT COUNT(*) FROM TeamMembership m WHERE m.TeamId = t.Id AND m.ToDate IS NULL) AS MemberCount
            FROM Team t
            WHERE t.Id = @TeamId;

            SELECT
                p.Id AS PersonId,
                p.DisplayName AS DisplayName,
                p.NameReading AS NameReading,
                p.EmployeeNumber AS EmployeeNumber,
                p.Role AS Role,
                p.IsRated AS IsRated,
                m.FromDate AS FromDate,
                m.ToDate AS ToDate
            FROM TeamMembership m
            JOIN Person p ON p.Id = m.PersonId
            WHERE m.TeamId = @TeamId
              AND p.ErasedAt IS NULL;

            SELECT
                tm.TeamId AS TeamId,
                p.Id AS PersonId,
                p.DisplayName AS DisplayName,
                p.NameReading AS NameReading
            FROM TeamManager tm
            JOIN Person p ON p.Id = tm.PersonId
            WHERE tm.TeamId = @TeamId;

            SELECT
                @TeamId AS TeamId,
                p.Id AS PersonId,
                p.DisplayName AS DisplayName,
                p.NameReading AS NameReading
            FROM Person p
            WHERE p.Role IN ('admin', 'manager')
              AND p.DeactivatedAt IS NULL;

            """ + Units + ";";
    }
}
