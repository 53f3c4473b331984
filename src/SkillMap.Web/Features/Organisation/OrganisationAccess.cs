using Dapper;
using SkillMap.Web.Data;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Organisation;

/// <summary>
/// Who may manage what: admins everything; a manager the teams assigned to them and the members
/// currently in those teams. Anything else answers 404, so an id in a URL or form reveals nothing.
/// </summary>
public sealed partial class OrganisationAccess(Db db, CurrentPerson me)
{
    public async Task<bool> CanManageTeamAsync(int teamId, CancellationToken cancellationToken = default)
    {
        if (!me.IsSignedIn || me.Role == Role.Member)
        {
            return false;
        }
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(Sql.CanManageTeam, Parameters(new { TeamId = teamId })) > 0;
    }

    public async Task<bool> CanManagePersonAsync(int personId, CancellationToken cancellationToken = default)
    {
        if (!me.IsSignedIn || me.Role == Role.Member)
        {
            return false;
        }
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(Sql.CanManagePerson, Parameters(new { TargetId = personId })) > 0;
    }

    /// <summary>The active teams this person may put people in: every team for an admin, their own for a manager.</summary>
    public async Task<IReadOnlyList<int>> ManageableTeamIdsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<int>(Sql.ManageableTeams, Parameters(new { }))).ToList();
    }

    private DynamicParameters Parameters(object values)
    {
        var parameters = new DynamicParameters(values);
        parameters.Add("PersonId", me.Id);
        parameters.Add("IsAdmin", me.IsAdmin ? 1 : 0);
        return parameters;
    }

    internal static class Sql
    {
        public const string CanManageTeam = """
            SELECT COUNT(*)
            FROM Team t
            WHERE t.Id = @TeamId
              AND (@IsAdmin = 1
                OR EXISTS (SELECT 1 FROM TeamManager tm WHERE tm.TeamId = t.Id AND tm.PersonId = @PersonId))
            """;

        public const string CanManagePerson = """
            SELECT COUNT(*)
            FROM Person p
            WHERE p.Id = @TargetId
              AND p.ErasedAt IS NULL
              AND (@IsAdmin = 1
                OR (p.Role = 'member'
                  AND EXISTS (
                    SELECT 1
                    FROM TeamMembership m
                    JOIN TeamManager tm ON tm.TeamId = m.TeamId
                    WHERE m.PersonId = p.Id
                      AND m.ToDate IS NULL
                      AND tm.PersonId = @PersonId)))
            """;

        public const string ManageableTeams = """
            SELECT t.Id
            FROM Team t
            WHERE t.ArchivedAt IS NULL
              AND (@IsAdmin = 1
                OR EXISTS (SELECT 1 FROM TeamManager tm WHERE tm.TeamId = t.Id AND tm.PersonId = @PersonId))
            """;
    }
}
