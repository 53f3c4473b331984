namespace SkillMap.Web.Features.Organisation.Erasure;

public sealed partial class PersonErasure
{
    internal static class Sql
    {
        public const string Target = """
            SELECT
                DisplayName AS DisplayName,
                Email AS Email,
                EmployeeNumber AS EmployeeNumber,
                Role AS Role,
                CASE WHEN DeactivatedAt IS NULL THEN 1 ELSE 0 END AS Active
            FROM Person
            WHERE Id = @PersonId
              AND ErasedAt IS NULL
            """;

        public const string DeleteDrafts = """
            DELETE FROM DraftAnswer
            WHERE SheetId IN (
                SELECT Id
                FROM Sheet
                WHERE RaterId = @PersonId
                   OR RateeId = @PersonId)
            """;

        public const string DeleteSheets = """
            DELETE FROM Sheet
            WHERE RaterId = @PersonId
               OR RateeId = @PersonId
            """;

        public const string DeleteRatings = """
            DELETE FROM Rating
            WHERE RaterId = @PersonId
               OR RateeId = @PersonId
            """;

        public const string DeleteComments = """
            DELETE FROM RatingComment
            WHERE RaterId = @PersonId
               OR RateeId = @PersonId
            """;

        public const string DeleteReleases = """
            DELETE FROM ResultRelease
            WHERE RateeId = @PersonId
            """;

        public const string ForgetReleaser = """
            UPDATE ResultRelease
            SET ReleasedBy = NULL
            WHERE ReleasedBy = @PersonId
            """;

        public const string DeleteManagers = """
            DELETE FROM TeamManager
            WHERE PersonId = @PersonId
            """;

        public const string DeleteMemberships = """
            DELETE FROM TeamMembership
            WHERE PersonId = @PersonId
            """;

        // Entries about the person keep who did what when; their details (teams, roles) go.
        public const string ScrubAuditAboutPerson = """
            UPDATE AuditEntry
            SET Detail = NULL
            WHERE TargetType = 'person'
              AND TargetId = @PersonId
            """;

        public static readonly string[] RemoveAttributable =
        [
            DeleteDrafts, DeleteSheets, DeleteRatings, DeleteComments, DeleteReleases, ForgetReleaser,
            DeleteManagers, DeleteMemberships, ScrubAuditAboutPerson,
        ];

        public const string ScrubAuditDetail = """
            UPDATE AuditEntry
            SET Detail = NULL
            WHERE Detail LIKE @Pattern ESCAPE '\'
            """;

        public const string EmptyPerson = """
            UPDATE Person
            SET DisplayName = '',
                NameReading = NULL,
                Email = NULL,
                NormalizedEmail = NULL,
                EmployeeNumber = NULL,
                Role = 'member',
                IsRated = 0,
                CreatedAt = @Now,
                DeactivatedAt = @Now,
                ErasedAt = @Now
            WHERE Id = @PersonId
            """;

        public const string CheckpointSqlite = "PRAGMA wal_checkpoint(TRUNCATE)";
    }
}
