namespace SkillMap.Web.Features.Account;

public sealed partial class Invitations
{
    internal static class Sql
    {
        public const string Invitee = """
            SELECT
                p.Id AS Id,
                p.DisplayName AS DisplayName,
                p.Email AS Email,
                p.Role AS Role,
                p.Language AS Language,
                p.IsDemo AS IsDemo,
                COALESCE(p.DeactivatedAt, p.ErasedAt) AS DeactivatedAt,
                CASE WHEN EXISTS (SELECT 1 FROM Credential c WHERE c.PersonId = p.Id) THEN 1 ELSE 0 END AS HasPassword,
                CASE WHEN EXISTS (SELECT 1 FROM ExternalLogin e WHERE e.PersonId = p.Id) THEN 1 ELSE 0 END AS IsLinked
            FROM Person p
            WHERE p.Id = @PersonId
            """;

        // A manager manages the invitee when the invitee is a current member of a team the manager manages.
        public const string Actor = """
            SELECT
                a.Role AS Role,
                CASE WHEN EXISTS (
                    SELECT 1
                    FROM TeamManager tm
                    JOIN TeamMembership m ON m.TeamId = tm.TeamId
                    WHERE tm.PersonId = a.Id
                      AND m.PersonId = @PersonId
                      AND m.ToDate IS NULL) THEN 1 ELSE 0 END AS ManagesInvitee
            FROM Person a
            WHERE a.Id = @ActorId
              AND a.DeactivatedAt IS NULL
            """;
    }
}
