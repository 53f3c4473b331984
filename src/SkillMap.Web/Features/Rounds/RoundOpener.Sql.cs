namespace SkillMap.Web.Features.Rounds;

public sealed partial class RoundOpener
{
    internal static class Sql
    {
        public const string Rules = """
            SELECT
                Status AS Status,
                IncludesSelf AS IncludesSelf,
                IncludesPeer AS IncludesPeer,
                IncludesManager AS IncludesManager,
                IncludesTeam AS IncludesTeam,
                PeerThreshold AS PeerThreshold,
                PeersPerRater AS PeersPerRater,
                AssignmentMode AS AssignmentMode,
                ClosesAt AS ClosesAt
            FROM Round
            WHERE Id = @RoundId
            """;

        // Active current members of the round's teams; someone in two of them counts in the first.
        public const string Members = """
            SELECT
                m.PersonId AS PersonId,
                MIN(m.TeamId) AS TeamId,
                MAX(CASE WHEN p.IsRated = 1 THEN 1 ELSE 0 END) AS IsRated
            FROM TeamMembership m
            JOIN RoundTeam rt ON rt.TeamId = m.TeamId
            JOIN Person p ON p.Id = m.PersonId
            WHERE rt.RoundId = @RoundId
              AND m.ToDate IS NULL
              AND p.DeactivatedAt IS NULL
            GROUP BY m.PersonId
            """;

        public const string Managers = """
            SELECT
                tm.TeamId AS First,
                tm.PersonId AS Second
            FROM TeamManager tm
            JOIN RoundTeam rt ON rt.TeamId = tm.TeamId
            JOIN Person p ON p.Id = tm.PersonId
            WHERE rt.RoundId = @RoundId
              AND p.DeactivatedAt IS NULL
            """;

        public const string ChosenPeers = """
            SELECT
                RateeId AS First,
                RaterId AS Second
            FROM RoundPeer
            WHERE RoundId = @RoundId
              AND Status = 'approved'
            """;

        public const string MarkOpen = """
            UPDATE Round
            SET Status = 'open',
                OpenedAt = @Now,
                OpensAt = CASE WHEN OpensAt IS NULL OR OpensAt > @Now THEN @Now ELSE OpensAt END,
                OpenScheduled = 0,
                OpenProblem = NULL
            WHERE Id = @RoundId
              AND Status = 'draft'
            """;

        public const string InsertSheet = """
            INSERT INTO Sheet (RoundId, Perspective, RaterId, RateeId, TeamId, Revision, IsFinished)
            VALUES (@RoundId, @Perspective, @RaterId, @RateeId, @TeamId, 0, 0)
            """;
    }
}
