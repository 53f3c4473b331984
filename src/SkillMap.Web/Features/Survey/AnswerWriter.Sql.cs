namespace SkillMap.Web.Features.Survey;

public sealed partial class AnswerWriter
{
    internal static class Sql
    {
        // The guard and the revision in one statement: it matches only the rater's own sheet, in an open
        // round, at the revision the form was built from.
        public const string NextRevision = """
            UPDATE Sheet
            SET Revision = Revision + 1
            WHERE Id = @SheetId
              AND RaterId = @RaterId
              AND Revision = @Revision
              AND RoundId IN (SELECT r.Id FROM Round r WHERE r.Status = 'open')
            """;

        public const string UpsertAnswerSqlite = """
            INSERT INTO DraftAnswer (SheetId, SkillItemId, Score, Comment)
            VALUES (@SheetId, @SkillItemId, @Score, @Comment)
            ON CONFLICT (SheetId, SkillItemId) DO UPDATE
            SET Score = excluded.Score,
                Comment = excluded.Comment
            """;

        public const string UpsertAnswer = """
            MERGE DraftAnswer WITH (HOLDLOCK) AS target
            USING (SELECT @SheetId AS SheetId, @SkillItemId AS SkillItemId, @Score AS Score, @Comment AS Comment) AS source
            ON target.SheetId = source.SheetId
               AND target.SkillItemId = source.SkillItemId
            WHEN MATCHED THEN
                UPDATE SET Score = source.Score, Comment = source.Comment
            WHEN NOT MATCHED THEN
                INSERT (SheetId, SkillItemId, Score, Comment)
                VALUES (source.SheetId, source.SkillItemId, source.Score, source.Comment);
            """;

        public const string MarkFinished = """
            UPDATE Sheet
            SET IsFinished = CASE WHEN (SELECT COUNT(*) FROM DraftAnswer a WHERE a.SheetId = @SheetId) >= @ItemCount THEN 1 ELSE 0 END
            WHERE Id = @SheetId
            """;

        public const string OpenSheetRevision = """
            SELECT s.Revision
            FROM Sheet s
            JOIN Round r ON r.Id = s.RoundId
            WHERE s.Id = @SheetId
              AND s.RaterId = @RaterId
              AND r.Status = 'open'
            """;

        public const string StoredAnswers = """
            SELECT
                a.SkillItemId AS SkillItemId,
                a.Score AS Score,
                a.Comment AS Comment
            FROM DraftAnswer a
            WHERE a.SheetId = @SheetId
            """;
    }
}
