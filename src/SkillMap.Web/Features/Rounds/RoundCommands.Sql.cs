namespace SkillMap.Web.Features.Rounds;

public sealed partial class RoundCommands
{
    internal static class Sql
    {
        public const string InsertSqlite = """
            INSERT INTO Round (Name, ModelVersionId, Status, Form, IncludesSelf, IncludesPeer, IncludesManager, IncludesTeam,
                PeerThreshold, AssignmentMode, PeersPerRater, OpensAt, ClosesAt, ReleaseAfterDays, CreatedBy, CreatedAt)
            VALUES (@Name, @ModelVersionId, 'draft', @Form, @IncludesSelf, @IncludesPeer, @IncludesManager, @IncludesTeam,
                @PeerThreshold, @AssignmentMode, @PeersPerRater, @OpensAt, @ClosesAt, @ReleaseAfterDays, @CreatedBy, @Now)
            RETURNING Id
            """;

        public const string Insert = """
            INSERT INTO Round (Name, ModelVersionId, Status, Form, IncludesSelf, IncludesPeer, IncludesManager, IncludesTeam,
                PeerThreshold, AssignmentMode, PeersPerRater, OpensAt, ClosesAt, ReleaseAfterDays, CreatedBy, CreatedAt)
            OUTPUT INSERTED.Id
            VALUES (@Name, @ModelVersionId, 'draft', @Form, @IncludesSelf, @IncludesPeer, @IncludesManager, @IncludesTeam,
                @PeerThreshold, @AssignmentMode, @PeersPerRater, @OpensAt, @ClosesAt, @ReleaseAfterDays, @CreatedBy, @Now)
            """;

        public const string Update = """
            UPDATE Round
            SET Name = @Name,
                ModelVersionId = @ModelVersionId,
                Form = @Form,
                IncludesSelf = @IncludesSelf,
                IncludesPeer = @IncludesPeer,
                IncludesManager = @IncludesManager,
                IncludesTeam = @IncludesTeam,
                PeerThreshold = @PeerThreshold,
                AssignmentMode = @AssignmentMode,
                PeersPerRater = @PeersPerRater,
                OpensAt = @OpensAt,
                ClosesAt = @ClosesAt,
                ReleaseAfterDays = @ReleaseAfterDays,
                OpenProblem = NULL
            WHERE Id = @RoundId
              AND Status = 'draft'
            """;

        public const string DeleteTeams = """
            DELETE FROM RoundTeam
            WHERE RoundId = @RoundId
            """;

        public const string InsertTeam = """
            INSERT INTO RoundTeam (RoundId, TeamId)
            VALUES (@RoundId, @TeamId)
            """;

        public const string Schedule = """
            UPDATE Round
            SET OpenScheduled = @Scheduled,
                OpenProblem = NULL
            WHERE Id = @RoundId
              AND Status = 'draft'
            """;

        public const string Extend = """
            UPDATE Round
            SET ClosesAt = @ClosesAt
            WHERE Id = @RoundId
              AND Status = 'open'
              AND ClosesAt < @ClosesAt
              AND @ClosesAt > @Now
            """;

        public const string CloseNow = """
            UPDATE Round
            SET ClosesAt = @Now
            WHERE Id = @RoundId
              AND Status = 'open'
            """;

        public const string Archive = """
            UPDATE Round
            SET Status = 'archived',
                ArchivedAt = @Now
            WHERE Id = @RoundId
              AND Status = 'closed'
            """;

        public const string PublishedModels = """
            SELECT
                Id AS Id,
                Version AS Version,
                NameJa AS NameJa,
                NameEn AS NameEn
            FROM ModelVersion
            WHERE Status = 'published'
            ORDER BY Version DESC
            """;
    }
}
