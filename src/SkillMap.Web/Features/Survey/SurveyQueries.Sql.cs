namespace SkillMap.Web.Features.Survey;

public sealed partial class SurveyQueries
{
    internal static class Sql
    {
        // Self sheets need the round to ask for self ratings and the rater to be in a team in scope.
        public const string OpenRoundForRater = """
            SELECT
                r.Id AS RoundId,
                r.Name AS Name,
                r.ModelVersionId AS ModelVersionId,
                r.Form AS Form,
                r.ClosesAt AS ClosesAt,
                m.TeamId AS TeamId
            FROM Round r
            JOIN RoundTeam rt ON rt.RoundId = r.Id
            JOIN TeamMembership m ON m.TeamId = rt.TeamId AND m.PersonId = @RaterId AND m.ToDate IS NULL
            WHERE r.Id = @RoundId
              AND r.Status = 'open'
              AND (@IsSelf = 0 OR r.IncludesSelf = 1)
            """;

        public const string LoadSheet = OpenRoundForRater + """
            ;

            SELECT Revision
            FROM Sheet
            WHERE RoundId = @RoundId
              AND RaterId = @RaterId
              AND RateeId = @RateeId
              AND Perspective = @Perspective;

            SELECT
                a.SkillItemId AS SkillItemId,
                a.Score AS Score
            FROM DraftAnswer a
            JOIN Sheet s ON s.Id = a.SheetId
            WHERE s.RoundId = @RoundId
              AND s.RaterId = @RaterId
              AND s.RateeId = @RateeId
              AND s.Perspective = @Perspective;
            """;

        public const string WasInClosedRound = """
            SELECT COUNT(*)
            FROM Round r
            JOIN RoundTeam rt ON rt.RoundId = r.Id
            JOIN TeamMembership m ON m.TeamId = rt.TeamId AND m.PersonId = @PersonId
            WHERE r.Id = @RoundId
              AND r.Status IN ('closed', 'archived')
            """;

        public const string CreateSheetIfMissing = """
            INSERT INTO Sheet (RoundId, Perspective, RaterId, RateeId, TeamId, Revision, IsFinished)
            SELECT @RoundId, @Perspective, @RaterId, @RateeId, @TeamId, 0, 0
            WHERE NOT EXISTS (
                SELECT 1
                FROM Sheet
                WHERE RoundId = @RoundId
                  AND RaterId = @RaterId
                  AND RateeId = @RateeId
                  AND Perspective = @Perspective)
            """;

        public const string FindSheet = """
            SELECT
                Id AS Id,
                Revision AS Revision
            FROM Sheet
            WHERE RoundId = @RoundId
              AND RaterId = @RaterId
              AND RateeId = @RateeId
              AND Perspective = @Perspective
            """;

        public const string SheetAnswers = """
            SELECT
                SkillItemId AS SkillItemId,
                Score AS Score
            FROM DraftAnswer
            WHERE SheetId = @SheetId
            """;

        public const string UpdateAnswer = """
            UPDATE DraftAnswer
            SET Score = @Score
            WHERE SheetId = @SheetId
              AND SkillItemId = @SkillItemId
            """;

        public const string InsertAnswerIfMissing = """
            INSERT INTO DraftAnswer (SheetId, SkillItemId, Score)
            SELECT @SheetId, @SkillItemId, @Score
            WHERE NOT EXISTS (
                SELECT 1
                FROM DraftAnswer
                WHERE SheetId = @SheetId
                  AND SkillItemId = @SkillItemId)
            """;

        public const string NextRevision = """
            UPDATE Sheet
            SET Revision = Revision + 1
            WHERE Id = @SheetId
            """;
    }
}
