namespace SkillMap.Web.Features.Teams;

public sealed partial class TeamProfileQuery
{
    internal static class Sql
    {
        public const string Headers = """
            SELECT
                t.Id AS Id,
                t.Name AS Name,
                (SELECT COUNT(*) FROM TeamMembership m WHERE m.TeamId = t.Id AND m.ToDate IS NULL) AS MemberCount
            FROM Team t
            WHERE t.Id = @TeamId;

            SELECT
                r.Id AS Id,
                r.Name AS Name,
                r.ClosedAt AS ClosedAt,
                r.ClosesAt AS ClosesAt,
                r.PeerThreshold AS PeerThreshold
            FROM Round r
            JOIN RoundTeam rt ON rt.RoundId = r.Id AND rt.TeamId = @TeamId
            WHERE r.Status IN ('closed', 'archived')
              AND r.ClosedAt = (
                SELECT MAX(r2.ClosedAt)
                FROM Round r2
                JOIN RoundTeam rt2 ON rt2.RoundId = r2.Id AND rt2.TeamId = @TeamId
                WHERE r2.Status IN ('closed', 'archived'));

            SELECT
                r.Id AS Id,
                r.Name AS Name,
                r.ClosedAt AS ClosedAt,
                r.ClosesAt AS ClosesAt,
                r.PeerThreshold AS PeerThreshold
            FROM Round r
            JOIN RoundTeam rt ON rt.RoundId = r.Id AND rt.TeamId = @TeamId
            WHERE r.Status = 'open'
              AND r.Id = (
                SELECT MAX(r2.Id)
                FROM Round r2
                JOIN RoundTeam rt2 ON rt2.RoundId = r2.Id AND rt2.TeamId = @TeamId
                WHERE r2.Status = 'open');
            """;

        // Self: one cell per stage, counted by distinct people. Peers: one cell per ratee and item,
        // counted by distinct sheet tokens. Team answers: one cell per item. "Not observed" never counts as a score.
        public const string Cells = """
            SELECT
                i.Stage AS Stage,
                SUM(r.Score) AS Sum,
                COUNT(r.Score) AS Scored,
                SUM(CASE WHEN r.Score IS NULL THEN 1 ELSE 0 END) AS NotObserved,
                COUNT(DISTINCT CASE WHEN r.Score IS NOT NULL THEN r.RaterId END) AS DistinctRaters
            FROM Rating r
            JOIN SkillItem i ON i.Id = r.SkillItemId
            WHERE r.RoundId = @ClosedRoundId
              AND r.TeamId = @TeamId
              AND r.Perspective = 'self'
            GROUP BY i.Stage;

            SELECT
                i.Stage AS Stage,
                SUM(r.Score) AS Sum,
                COUNT(r.Score) AS Scored,
                SUM(CASE WHEN r.Score IS NULL THEN 1 ELSE 0 END) AS NotObserved,
                COUNT(DISTINCT CASE WHEN r.Score IS NOT NULL THEN r.SheetToken END) AS DistinctRaters
            FROM Rating r
            JOIN SkillItem i ON i.Id = r.SkillItemId
            WHERE r.RoundId = @ClosedRoundId
              AND r.TeamId = @TeamId
              AND r.Perspective = 'peer'
            GROUP BY r.RateeId, r.SkillItemId, i.Stage;

            SELECT
                i.Stage AS Stage,
                SUM(r.Score) AS Sum,
                COUNT(r.Score) AS Scored,
                SUM(CASE WHEN r.Score IS NULL THEN 1 ELSE 0 END) AS NotObserved,
                COUNT(DISTINCT CASE WHEN r.Score IS NOT NULL THEN r.SheetToken END) AS DistinctRaters
            FROM Rating r
            JOIN SkillItem i ON i.Id = r.SkillItemId
            WHERE r.RoundId = @ClosedRoundId
              AND r.TeamId = @TeamId
              AND r.Perspective = 'team'
            GROUP BY r.SkillItemId, i.Stage;

            SELECT
                i.Stage AS Stage,
                a.Score AS Score
            FROM DraftAnswer a
            JOIN Sheet s ON s.Id = a.SheetId
            JOIN SkillItem i ON i.Id = a.SkillItemId
            WHERE s.RoundId = @OpenRoundId
              AND s.RaterId = @PersonId
              AND ((s.Perspective = 'self' AND s.RateeId = @PersonId) OR s.Perspective = 'team');
            """;
    }
}
