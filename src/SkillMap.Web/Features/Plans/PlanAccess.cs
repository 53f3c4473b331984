using Dapper;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Rounds;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Plans;

/// <summary>What the signed-in person may do with a plan.</summary>
public enum PlanRole
{
    None = 0,

    /// <summary>The plan's person: reads it once their results are released, comments, agrees, moves an action's status.</summary>
    Own = 1,

    /// <summary>A manager of the plan's team or of the person's team now, or an admin: edits and approves.</summary>
    Manage = 2,
}

/// <summary>
/// Who may see a plan: the person (after their results are released), their managers, admins. Everyone
/// else gets a 404. Exports follow the same matrix: a person their own plan, a manager their teams,
/// an admin everything.
/// </summary>
public sealed partial class PlanAccess(Db db, CurrentPerson me, ResultVisibility visibility)
{
    private sealed record PlanOwner
    {
        public int PersonId { get; init; }
        public int RoundId { get; init; }
        public int Manages { get; init; }
    }

    public async Task<PlanRole> RoleForPlanAsync(int planId, CancellationToken cancellationToken = default)
    {
        if (!me.IsSignedIn)
        {
            return PlanRole.None;
        }
        await using var connection = await db.OpenAsync(cancellationToken);
        var owner = await connection.QuerySingleOrDefaultAsync<PlanOwner>(Sql.PlanOwner, new { PlanId = planId, Me = me.Id });
        return owner is null ? PlanRole.None : await RoleAsync(owner, cancellationToken);
    }

    private async Task<PlanRole> RoleAsync(PlanOwner owner, CancellationToken cancellationToken)
    {
        if (owner.PersonId == me.Id)
        {
            // Their own plan, even when they also manage: nobody approves their own plan.
            return await visibility.IsReleasedToRateeAsync(owner.RoundId, owner.PersonId, cancellationToken) ? PlanRole.Own : PlanRole.None;
        }
        return me.IsAdmin || owner.Manages > 0 ? PlanRole.Manage : PlanRole.None;
    }

    /// <summary>Whether the signed-in person may see or export a team's plans: its managers and admins.</summary>
    public async Task<bool> CanManageTeamAsync(int teamId, CancellationToken cancellationToken = default)
    {
        if (!me.IsSignedIn)
        {
            return false;
        }
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(Sql.ManagesTeam, new { TeamId = teamId, Me = me.Id, IsAdmin = me.IsAdmin ? 1 : 0 }) > 0;
    }

    /// <summary>The plan of one person in one round, if the signed-in person may see it.</summary>
    public async Task<(int PlanId, PlanRole Role)?> PersonPlanAsync(int roundId, int personId, CancellationToken cancellationToken = default)
    {
        if (!me.IsSignedIn)
        {
            return null;
        }
        await using var connection = await db.OpenAsync(cancellationToken);
        var planId = await connection.ExecuteScalarAsync<int?>(Sql.PlanOf, new { RoundId = roundId, PersonId = personId });
        if (planId is null)
        {
            return null;
        }
        var role = await RoleForPlanAsync(planId.Value, cancellationToken);
        return role == PlanRole.None ? null : (planId.Value, role);
    }

    public bool IsAdmin => me.IsAdmin;

    public int MeId => me.Id;

    internal static class Sql
    {
        public const string PlanOwner = """
            SELECT
                p.PersonId AS PersonId,
                p.RoundId AS RoundId,
                (SELECT COUNT(*)
                 FROM TeamManager tm
                 WHERE tm.PersonId = @Me
                   AND (tm.TeamId = p.TeamId
                     OR tm.TeamId IN (SELECT m.TeamId FROM TeamMembership m WHERE m.PersonId = p.PersonId AND m.ToDate IS NULL))) AS Manages
            FROM TrainingPlan p
            WHERE p.Id = @PlanId
            """;

        public const string ManagesTeam = """
            SELECT COUNT(*)
            FROM Team t
            WHERE t.Id = @TeamId
              AND (@IsAdmin = 1
                OR EXISTS (SELECT 1 FROM TeamManager tm WHERE tm.TeamId = t.Id AND tm.PersonId = @Me))
            """;

        public const string PlanOf = """
            SELECT Id
            FROM TrainingPlan
            WHERE RoundId = @RoundId
              AND PersonId = @PersonId
            """;
    }
}
