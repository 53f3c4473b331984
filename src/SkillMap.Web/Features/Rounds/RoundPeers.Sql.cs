namespace SkillMap.Web.Features.Rounds;

public sealed partial class RoundPeers
{
    internal static class Sql
    {
        // The team's active current members, each counted in the first of the round's teams they are in
        // (as opening counts them), then the choices made for its ratees.
        public const string Team = """
            SELECT
                p.Id AS PersonId,
                @TeamId AS TeamId,
                p.DisplayName AS DisplayName,
                p.IsRated AS IsRated,
                CASE WHEN EXISTS (SELECT 1 FROM TeamManager tm WHERE tm.TeamId = @TeamId AND tm.PersonId = p.Id) THEN 1 ELSE 0 END AS IsManager
            FROM Person p
            WHERE p.DeactivatedAt IS NULL
              AND @TeamId = (
                SELECT MIN(m.TeamId)
                FROM TeamMembership m
                JOIN RoundTeam rt ON rt.TeamId = m.TeamId AND rt.RoundId = @RoundId
                WHERE m.PersonId = p.Id
                  AND m.ToDate IS NULL)
            ORDER BY p.DisplayName;

            SELECT
                c.RateeId AS RateeId,
                c.RaterId AS RaterId,
                c.Status AS Status
            FROM RoundPeer c
            WHERE c.RoundId = @RoundId
              AND EXISTS (
                SELECT 1
                FROM TeamMembership m
                WHERE m.PersonId = c.RateeId
                  AND m.TeamId = @TeamId
                  AND m.ToDate IS NULL);
            """;

        public const string IsDraft = """
            SELECT COUNT(*)
            FROM Round
            WHERE Id = @RoundId
              AND Status = 'draft'
            """;

        public const string IsNominationDraft = """
            SELECT COUNT(*)
            FROM Round
            WHERE Id = @RoundId
              AND Status = 'draft'
              AND AssignmentMode = 'nomination'
            """;

        public const string DropApproved = """
            DELETE FROM RoundPeer
            WHERE RoundId = @RoundId
              AND RateeId = @RateeId
              AND Status = 'approved'
            """;

        public const string Approve = """
            UPDATE RoundPeer
            SET Status = 'approved'
            WHERE RoundId = @RoundId
              AND RateeId = @RateeId
              AND RaterId = @RaterId
            """;

        public const string InsertApproved = """
            INSERT INTO RoundPeer (RoundId, RateeId, RaterId, Status)
            SELECT @RoundId, @RateeId, @RaterId, 'approved'
            WHERE NOT EXISTS (
                SELECT 1
                FROM RoundPeer
                WHERE RoundId = @RoundId
                  AND RateeId = @RateeId
                  AND RaterId = @RaterId)
            """;

        public const string DropProposed = """
            DELETE FROM RoundPeer
            WHERE RoundId = @RoundId
              AND RateeId = @RateeId
              AND Status = 'proposed'
            """;

        public const string InsertProposed = """
            INSERT INTO RoundPeer (RoundId, RateeId, RaterId, Status)
            SELECT @RoundId, @RateeId, @RaterId, 'proposed'
            WHERE NOT EXISTS (
                SELECT 1
                FROM RoundPeer
                WHERE RoundId = @RoundId
                  AND RateeId = @RateeId
                  AND RaterId = @RaterId)
            """;

        public const string OpenNominations = """
            SELECT
                r.Id AS RoundId,
                r.Name AS Name,
                MIN(m.TeamId) AS TeamId,
                r.PeerThreshold AS PeerThreshold,
                r.OpensAt AS OpensAt,
                (SELECT COUNT(*) FROM RoundPeer c WHERE c.RoundId = r.Id AND c.RateeId = @PersonId) AS Proposed
            FROM Round r
            JOIN RoundTeam rt ON rt.RoundId = r.Id
            JOIN TeamMembership m ON m.TeamId = rt.TeamId AND m.PersonId = @PersonId AND m.ToDate IS NULL
            JOIN Person p ON p.Id = @PersonId
            WHERE r.Status = 'draft'
              AND r.AssignmentMode = 'nomination'
              AND r.IncludesPeer = 1
              AND p.IsRated = 1
              AND p.DeactivatedAt IS NULL
            GROUP BY r.Id, r.Name, r.PeerThreshold, r.OpensAt
            ORDER BY r.Id
            """;
    }
}
