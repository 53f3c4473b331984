namespace SkillMap.Web.Features.Organisation.Teams;

public sealed partial class TeamCommands
{
    internal static class Sql
    {
        public const string InsertTeamSqlite = """
            INSERT INTO Team (Name, UnitId, CreatedAt)
            VALUES (@Name, @UnitId, @Now)
            RETURNING Id
            """;

        public const string InsertTeam = """
            INSERT INTO Team (Name, UnitId, CreatedAt)
            OUTPUT INSERTED.Id
            VALUES (@Name, @UnitId, @Now)
            """;

        public const string UpdateTeam = """
            UPDATE Team
            SET Name = @Name,
                UnitId = @UnitId
            WHERE Id = @TeamId
            """;

        public const string TeamName = """
            SELECT Name
            FROM Team
            WHERE Id = @TeamId
            """;

        public const string ActiveTeamNames = """
            SELECT
                Id AS Id,
                Name AS Name
            FROM Team
            WHERE ArchivedAt IS NULL
            """;

        public const string ActiveUnit = """
            SELECT COUNT(*)
            FROM OrgUnit
            WHERE Id = @UnitId
              AND ArchivedAt IS NULL
            """;

        public const string CurrentMembers = """
            SELECT COUNT(*)
            FROM TeamMembership
            WHERE TeamId = @TeamId
              AND ToDate IS NULL
            """;

        public const string ArchiveTeam = """
            UPDATE Team
            SET ArchivedAt = @Now
            WHERE Id = @TeamId
              AND ArchivedAt IS NULL
            """;

        public const string RestoreTeam = """
            UPDATE Team
            SET ArchivedAt = NULL
            WHERE Id = @TeamId
            """;

        public const string CanManage = """
            SELECT COUNT(*)
            FROM Person
            WHERE Id = @PersonId
              AND Role IN ('admin', 'manager')
              AND DeactivatedAt IS NULL
            """;

        public const string InsertManager = """
            INSERT INTO TeamManager (TeamId, PersonId)
            SELECT @TeamId, @PersonId
            WHERE NOT EXISTS (
                SELECT 1
                FROM TeamManager
                WHERE TeamId = @TeamId
                  AND PersonId = @PersonId)
            """;

        public const string DeleteManager = """
            DELETE FROM TeamManager
            WHERE TeamId = @TeamId
              AND PersonId = @PersonId
            """;
    }
}
