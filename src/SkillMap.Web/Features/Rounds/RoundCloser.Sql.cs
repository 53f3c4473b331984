namespace SkillMap.Web.Features.Rounds;

public sealed partial class RoundCloser
{
    internal static class Sql
    {
        public const string MarkClosed = """
            UPDATE Round
            SET Status = 'closed',
                ClosedAt = @Now
            WHERE Id = @RoundId
              AND Status = 'open'
            """;

        public const string CopyAttributedRatings = """
            INSERT INTO Rating (RoundId, SkillItemId, Perspective, TeamId, RateeId, RaterId, SheetToken, Score)
            SELECT s.RoundId, a.SkillItemId, s.Perspective, s.TeamId, s.RateeId, s.RaterId, NULL, a.Score
            FROM DraftAnswer a
            JOIN Sheet s ON s.Id = a.SheetId
            WHERE s.RoundId = @RoundId
              AND s.Perspective IN ('self', 'manager')
            """;

        public const string CreateTokensSqlite = """
            CREATE TEMP TABLE ClosingToken AS
            SELECT Id AS SheetId, random() AS Token
            FROM Sheet
            WHERE RoundId = @RoundId
              AND Perspective IN ('peer', 'team')
            """;

        public const string CreateTokens = """
            SELECT Id AS SheetId, CAST(CRYPT_GEN_RANDOM(8) AS BIGINT) AS Token
            INTO #ClosingToken
            FROM Sheet
            WHERE RoundId = @RoundId
              AND Perspective IN ('peer', 'team')
            """;

        public const string CopyAnonymousRatingsSqlite = """
            INSERT INTO Rating (RoundId, SkillItemId, Perspective, TeamId, RateeId, RaterId, SheetToken, Score)
            SELECT s.RoundId, a.SkillItemId, s.Perspective, s.TeamId, s.RateeId, NULL, t.Token, a.Score
            FROM DraftAnswer a
            JOIN Sheet s ON s.Id = a.SheetId
            JOIN ClosingToken t ON t.SheetId = s.Id
            ORDER BY random()
            """;

        public const string CopyAnonymousRatings = """
            INSERT INTO Rating (RoundId, SkillItemId, Perspective, TeamId, RateeId, RaterId, SheetToken, Score)
            SELECT s.RoundId, a.SkillItemId, s.Perspective, s.TeamId, s.RateeId, NULL, t.Token, a.Score
            FROM DraftAnswer a
            JOIN Sheet s ON s.Id = a.SheetId
            JOIN #ClosingToken t ON t.SheetId = s.Id
            ORDER BY NEWID()
            """;

        public const string DropTokensSqlite = "DROP TABLE temp.ClosingToken";

        public const string DropTokens = "DROP TABLE #ClosingToken";

        public const string CopyCommentsSqlite = """
            INSERT INTO RatingComment (RoundId, SkillItemId, Perspective, TeamId, RateeId, RaterId, Body)
            SELECT s.RoundId, a.SkillItemId, s.Perspective, s.TeamId, s.RateeId,
                   CASE WHEN s.Perspective IN ('self', 'manager') THEN s.RaterId END, a.Comment
            FROM DraftAnswer a
            JOIN Sheet s ON s.Id = a.SheetId
            WHERE s.RoundId = @RoundId
              AND a.Comment IS NOT NULL
              AND a.Comment <> ''
            ORDER BY random()
            """;

        public const string CopyComments = """
            INSERT INTO RatingComment (RoundId, SkillItemId, Perspective, TeamId, RateeId, RaterId, Body)
            SELECT s.RoundId, a.SkillItemId, s.Perspective, s.TeamId, s.RateeId,
                   CASE WHEN s.Perspective IN ('self', 'manager') THEN s.RaterId END, a.Comment
            FROM DraftAnswer a
            JOIN Sheet s ON s.Id = a.SheetId
            WHERE s.RoundId = @RoundId
              AND a.Comment IS NOT NULL
              AND a.Comment <> ''
            ORDER BY NEWID()
            """;

        public const string DeleteDrafts = """
            DELETE FROM DraftAnswer
            WHERE SheetId IN (SELECT Id FROM Sheet WHERE RoundId = @RoundId)
            """;

        public const string DeleteSheets = """
            DELETE FROM Sheet
            WHERE RoundId = @RoundId
            """;

        public const string CheckpointSqlite = "PRAGMA wal_checkpoint(TRUNCATE)";
    }
}
