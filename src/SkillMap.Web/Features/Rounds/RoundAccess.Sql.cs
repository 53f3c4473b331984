namespace SkillMap.Web.Features.Rounds;

public sealed partial class RoundAccess
{
    internal static class Sql
    {
        private const string RoundColumns = """
            SELECT
                r.Id AS Id,
                r.Name AS Name,
                r.Status AS Status,
                r.ModelVersionId AS ModelVersionId,
                v.NameJa AS ModelNameJa,
                v.NameEn AS ModelNameEn,
                v.Version AS ModelVersion,
                r.Form AS Form,
                r.IncludesSelf AS IncludesSelf,
                r.IncludesPeer AS IncludesPeer,
                r.IncludesManager AS IncludesManager,
                r.IncludesTeam AS IncludesTeam,
                r.PeerThreshold AS PeerThreshold,
                r.AssignmentMode AS AssignmentMode,
                r.PeersPerRater AS PeersPerRater,
                r.OpensAt AS OpensAt,
                r.ClosesAt AS ClosesAt,
                r.OpenedAt AS OpenedAt,
                r.ClosedAt AS ClosedAt,
                r.ArchivedAt AS ArchivedAt,
                r.PurgedAt AS PurgedAt,
                r.ReleaseAfterDays AS ReleaseAfterDays,
                r.OpenScheduled AS OpenScheduled,
                r.OpenProblem AS OpenProblem,
                r.CreatedBy AS CreatedBy
            FROM Round r
            JOIN ModelVersion v ON v.Id = r.ModelVersionId
            """;

        public const string Round = RoundColumns + """

            WHERE r.Id = @RoundId;

            SELECT
                t.Id AS Id,
                t.Name AS Name
            FROM RoundTeam rt
            JOIN Team t ON t.Id = rt.TeamId
            WHERE rt.RoundId = @RoundId
            ORDER BY t.Name;

            SELECT TeamId
            FROM TeamManager
            WHERE PersonId = @PersonId;
            """;

        public const string List = RoundColumns + """

            WHERE @IsAdmin = 1
               OR EXISTS (
                    SELECT 1
                    FROM RoundTeam rt
                    JOIN TeamManager tm ON tm.TeamId = rt.TeamId
                    WHERE rt.RoundId = r.Id
                      AND tm.PersonId = @PersonId)
            ORDER BY
                CASE WHEN r.PurgedAt IS NOT NULL THEN 4 WHEN r.Status = 'open' THEN 0 WHEN r.Status = 'draft' THEN 1 WHEN r.Status = 'closed' THEN 2 ELSE 3 END,
                r.ClosesAt DESC,
                r.Id DESC
            """;

        public const string RoundTeamNames = """
            SELECT
                rt.RoundId AS RoundId,
                t.Name AS Name
            FROM RoundTeam rt
            JOIN Team t ON t.Id = rt.TeamId
            ORDER BY t.Name
            """;

        public const string Names = """
            SELECT
                Id AS Id,
                DisplayName AS Name
            FROM Person
            WHERE Id IN @Ids
            """;

        public const string ChoosableTeams = """
            SELECT
                t.Id AS Id,
                t.Name AS Name
            FROM Team t
            WHERE t.ArchivedAt IS NULL
              AND (@IsAdmin = 1
                OR EXISTS (SELECT 1 FROM TeamManager tm WHERE tm.TeamId = t.Id AND tm.PersonId = @PersonId))
            ORDER BY t.Name
            """;
    }
}
