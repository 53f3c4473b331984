using Dapper;
using SkillMap.Web.Data;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Teams;

/// <summary>
/// Who may see a team: its current members, its managers, and admins. Everyone else gets a 404 and
/// learns nothing, not even that the team exists.
/// </summary>
public sealed partial class TeamAccess(Db db, CurrentPerson me)
{
    public async Task<bool> CanViewAsync(int teamId, CancellationToken cancellationToken = default)
    {
        if (!me.IsSignedIn)
        {
            return false;
        }
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(Sql.CanView, new { TeamId = teamId, PersonId = me.Id, IsAdmin = me.IsAdmin ? 1 : 0 }) > 0;
    }

    /// <summary>The team the person belongs to now, else the first one they manage.</summary>
    public async Task<int?> HomeTeamAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int?>(Sql.HomeTeam, new { PersonId = me.Id });
    }

    internal static class Sql
    {
        public const string CanView = """
            SELECT COUNT(*)
            FROM Team t
            WHERE t.Id = @TeamId
              AND (@IsAdmin = 1
                OR EXISTS (SELECT 1 FROM TeamMembership m WHERE m.TeamId = t.Id AND m.PersonId = @PersonId AND m.ToDate IS NULL)
                OR EXISTS (SELECT 1 FROM TeamManager tm WHERE tm.TeamId = t.Id AND tm.PersonId = @PersonId))
            """;

        public const string HomeTeam = """
            SELECT COALESCE(
                (SELECT MIN(TeamId) FROM TeamMembership WHERE PersonId = @PersonId AND ToDate IS NULL),
                (SELECT MIN(TeamId) FROM TeamManager WHERE PersonId = @PersonId))
            """;
    }
}
