namespace SkillMap.Web.Features.Rounds;

public sealed partial class RoundResults
{
    internal static class Sql
    {
        public const string Ratees = """
            SELECT
                x.TeamId AS TeamId,
                x.RateeId AS RateeId,
                p.DisplayName AS DisplayName,
                rr.ReleasedAt AS ReleasedAt,
                b.DisplayName AS ReleasedByName
            FROM (
                SELECT DISTINCT TeamId, RateeId
                FROM Rating
                WHERE RoundId = @RoundId
                  AND RateeId IS NOT NULL
                  AND TeamId IN @TeamIds) x
            JOIN Person p ON p.Id = x.RateeId
            LEFT JOIN ResultRelease rr ON rr.RoundId = @RoundId AND rr.RateeId = x.RateeId
            LEFT JOIN Person b ON b.Id = rr.ReleasedBy
            ORDER BY x.TeamId, p.DisplayName
            """;

        public const string Release = """
            INSERT INTO ResultRelease (RoundId, RateeId, ReleasedAt, ReleasedBy)
            SELECT DISTINCT g.RoundId, g.RateeId, @Now, @ActorId
            FROM Rating g
            JOIN Round r ON r.Id = g.RoundId
            WHERE g.RoundId = @RoundId
              AND g.TeamId = @TeamId
              AND g.RateeId IS NOT NULL
              AND (@RateeId IS NULL OR g.RateeId = @RateeId)
              AND r.Status = 'closed'
              AND r.PurgedAt IS NULL
              AND NOT EXISTS (
                SELECT 1
                FROM ResultRelease rr
                WHERE rr.RoundId = g.RoundId
                  AND rr.RateeId = g.RateeId)
            """;

        public const string Comments = """
            SELECT
                c.Id AS Id,
                c.Perspective AS Perspective,
                c.TeamId AS TeamId,
                c.RateeId AS RateeId,
                p.DisplayName AS RateeName,
                i.StatementJa AS StatementJa,
                i.StatementEn AS StatementEn,
                c.Body AS Body,
                c.IsHidden AS IsHidden
            FROM RatingComment c
            LEFT JOIN Person p ON p.Id = c.RateeId
            LEFT JOIN SkillItem i ON i.Id = c.SkillItemId
            WHERE c.RoundId = @RoundId
              AND c.TeamId IN @TeamIds
            """;

        public const string SetHidden = """
            UPDATE RatingComment
            SET IsHidden = @Hidden
            WHERE Id = @CommentId
              AND RoundId = @RoundId
              AND TeamId IN @TeamIds
              AND IsHidden <> @Hidden
              AND EXISTS (SELECT 1 FROM Round r WHERE r.Id = @RoundId AND r.Status = 'closed' AND r.PurgedAt IS NULL)
            """;
    }
}
