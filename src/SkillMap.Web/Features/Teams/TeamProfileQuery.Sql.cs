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
            WHERE r.Status = 'open'
              AND r.Id = (
                SELECT MAX(r2.Id)
                FROM Round r2
                JOIN RoundTeam rt2 ON rt2.RoundId = r2.Id AND rt2.TeamId = @TeamId
                WHERE r2.Status = 'open');

            SELECT
                i.Stage AS Stage,
                a.Score AS Score
            FROM DraftAnswer a
            JOIN Sheet s ON s.Id = a.SheetId
            JOIN SkillItem i ON i.Id = a.SkillItemId
            WHERE s.RoundId = (
                SELECT MAX(r3.Id)
                FROM Round r3
                JOIN RoundTeam rt3 ON rt3.RoundId = r3.Id AND rt3.TeamId = @TeamId
                WHERE r3.Status = 'open')
              AND s.RaterId = @PersonId
              AND ((s.Perspective = 'self' AND s.RateeId = @PersonId) OR s.Perspective = 'team');
            """;
    }
}
