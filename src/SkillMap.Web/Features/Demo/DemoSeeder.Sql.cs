namespace SkillMap.Web.Features.Demo;

public sealed partial class DemoSeeder
{
    internal static class Sql
    {
        public const string PeopleCounts = """
            SELECT
                COALESCE(SUM(CASE WHEN IsDemo = 1 THEN 1 ELSE 0 END), 0) AS Demo,
                COALESCE(SUM(CASE WHEN IsDemo = 0 THEN 1 ELSE 0 END), 0) AS Real
            FROM Person
            """;

        public const string Items = """
            SELECT
                Id AS Id,
                Scope AS Scope,
                Area AS Area
            FROM SkillItem
            WHERE ModelVersionId = @ModelVersionId
            ORDER BY Position
            """;

        public const string InsertPersonSqlite = """
            INSERT INTO Person (DisplayName, NameReading, Email, NormalizedEmail, Role, Language, IsDemo, IsRated, CreatedAt)
            VALUES (@DisplayName, @NameReading, @Email, @NormalizedEmail, @Role, @Language, 1, 1, @Now)
            RETURNING Id
            """;

        public const string InsertPerson = """
            INSERT INTO Person (DisplayName, NameReading, Email, NormalizedEmail, Role, Language, IsDemo, IsRated, CreatedAt)
            OUTPUT INSERTED.Id
            VALUES (@DisplayName, @NameReading, @Email, @NormalizedEmail, @Role, @Language, 1, 1, @Now)
            """;

        public const string InsertManager = """
            INSERT INTO TeamManager (TeamId, PersonId)
            VALUES (@TeamId, @PersonId)
            """;

        public const string InsertMembership = """
            INSERT INTO TeamMembership (TeamId, PersonId, FromDate)
            VALUES (@TeamId, @PersonId, @FromDate)
            """;

        public const string InsertRoundSqlite = """
            INSERT INTO Round (Name, ModelVersionId, Status, Form, PeerThreshold, OpensAt, ClosesAt, CreatedAt)
            VALUES (@Name, @ModelVersionId, @Status, 'full', 3, @OpensAt, @ClosesAt, @Now)
            RETURNING Id
            """;

        public const string InsertRound = """
            INSERT INTO Round (Name, ModelVersionId, Status, Form, PeerThreshold, OpensAt, ClosesAt, CreatedAt)
            OUTPUT INSERTED.Id
            VALUES (@Name, @ModelVersionId, @Status, 'full', 3, @OpensAt, @ClosesAt, @Now)
            """;

        public const string InsertRoundTeam = """
            INSERT INTO RoundTeam (RoundId, TeamId)
            VALUES (@RoundId, @TeamId)
            """;

        public const string InsertSheetSqlite = """
            INSERT INTO Sheet (RoundId, Perspective, RaterId, RateeId, TeamId, Revision, IsFinished)
            VALUES (@RoundId, @Perspective, @RaterId, @RateeId, @TeamId, @Revision, @IsFinished)
            RETURNING Id
            """;

        public const string InsertSheet = """
            INSERT INTO Sheet (RoundId, Perspective, RaterId, RateeId, TeamId, Revision, IsFinished)
            OUTPUT INSERTED.Id
            VALUES (@RoundId, @Perspective, @RaterId, @RateeId, @TeamId, @Revision, @IsFinished)
            """;

        public const string InsertAnswer = """
            INSERT INTO DraftAnswer (SheetId, SkillItemId, Score)
            VALUES (@SheetId, @SkillItemId, @Score)
            """;

        public const string OpenSheets = """
            SELECT
                Id AS Id,
                Perspective AS Perspective,
                RaterId AS RaterId,
                RateeId AS RateeId
            FROM Sheet
            WHERE RoundId = @RoundId
            ORDER BY Id
            """;

        public const string MarkAnswered = """
            UPDATE Sheet
            SET Revision = 1,
                IsFinished = 1
            WHERE Id = @SheetId
            """;

        public const string BackdateClose = """
            UPDATE Round
            SET ClosedAt = @ClosedAt,
                ReleaseAfterDays = 14
            WHERE Id = @RoundId
            """;
    }
}
