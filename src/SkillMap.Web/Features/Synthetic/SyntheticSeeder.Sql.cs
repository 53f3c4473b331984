namespace SkillMap.Web.Features.Synthetic;

public sealed partial class SyntheticSeeder
{
    internal static class Sql
    {
        public const string CountPeople = """
            SELECT COUNT(*)
            FROM Person
            """;

        public const string Items = """
            SELECT
                Id AS Id,
                Scope AS Scope,
                Area AS Area,
                IsCore AS IsCore
            FROM SkillItem
            WHERE ModelVersionId = @ModelVersionId
            ORDER BY Position
            """;

        public const string InsertPersonSqlite = """
            INSERT INTO Person (DisplayName, NameReading, Email, NormalizedEmail, Role, Language, IsDemo, IsRated, CreatedAt)
            VALUES (@DisplayName, @NameReading, @Email, @NormalizedEmail, @Role, @Language, 0, @IsRated, @Now)
            RETURNING Id
            """;

        public const string InsertPerson = """
            INSERT INTO Person (DisplayName, NameReading, Email, NormalizedEmail, Role, Language, IsDemo, IsRated, CreatedAt)
            OUTPUT INSERTED.Id
            VALUES (@DisplayName, @NameReading, @Email, @NormalizedEmail, @Role, @Language, 0, @IsRated, @Now)
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
            INSERT INTO Round (Name, ModelVersionId, Status, Form, PeerThreshold, OpensAt, ClosesAt, CreatedAt, ReleaseAfterDays)
            VALUES (@Name, @ModelVersionId, 'open', @Form, 3, @OpensAt, @ClosesAt, @OpensAt, 14)
            RETURNING Id
            """;

        public const string InsertRound = """
            INSERT INTO Round (Name, ModelVersionId, Status, Form, PeerThreshold, OpensAt, ClosesAt, CreatedAt, ReleaseAfterDays)
            OUTPUT INSERTED.Id
            VALUES (@Name, @ModelVersionId, 'open', @Form, 3, @OpensAt, @ClosesAt, @OpensAt, 14)
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

        public const string BackdateClose = """
            UPDATE Round
            SET ClosedAt = @ClosedAt
            WHERE Id = @RoundId
            """;
    }
}
