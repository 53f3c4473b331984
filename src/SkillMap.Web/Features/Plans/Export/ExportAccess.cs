namespace SkillMap.Web.Features.Plans.Export;

/// <summary>
/// The access matrix for exports: one person's plan for that person (once released) and their
/// managers; a team for its managers; the whole organisation for admins. Anything else is a 404.
/// </summary>
public sealed class ExportAccess(PlanAccess access, PlanExportQuery query)
{
    public async Task<ExportScope?> ScopeAsync(int round, int? team, int? person, CancellationToken cancellationToken = default)
    {
        if (!await query.RoundExistsAsync(round, cancellationToken))
        {
            return null;
        }
        if (person is { } personId)
        {
            return await access.PersonPlanAsync(round, personId, cancellationToken) is null ? null : new ExportScope(round, PersonId: personId);
        }
        if (team is { } teamId)
        {
            return await access.CanManageTeamAsync(teamId, cancellationToken) ? new ExportScope(round, TeamId: teamId) : null;
        }
        return access.IsAdmin ? new ExportScope(round) : null;
    }
}
