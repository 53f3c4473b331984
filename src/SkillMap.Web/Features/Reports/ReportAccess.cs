using Dapper;
using SkillMap.Web.Data;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Reports;

/// <summary>
/// Who may see the per-person parts of reports: admins, and the managers of a team. Members see a
/// team's aggregates (Teams/TeamAccess decides who sees the team at all); never a colleague's cells.
/// </summary>
public sealed partial class ReportAccess(Db db, CurrentPerson me)
{
    public async Task<bool> ManagesTeamAsync(int teamId, CancellationToken cancellationToken = default)
    {
        if (!me.IsSignedIn)
        {
            return false;
        }
        if (me.IsAdmin)
        {
            return true;
        }
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(Sql.ManagesTeam, new { TeamId = teamId, PersonId = me.Id }) > 0;
    }

    internal static class Sql
    {
        public const string ManagesTeam = """
            SELECT COUNT(*)
            FROM TeamManager
            WHERE TeamId = @TeamId
              AND PersonId = @PersonId
            """;
    }
}
