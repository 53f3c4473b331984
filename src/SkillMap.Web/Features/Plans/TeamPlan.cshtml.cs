using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SkillMap.Core.Plans;
using SkillMap.Core.SkillModel;
using SkillMap.Web.Localization;

namespace SkillMap.Web.Features.Plans;

/// <summary>
/// The team plan for the team's managers and admins: needs shared across the team (a workshop for an
/// explicit area, a change in how the team works and recognises work for an implicit one), and who can
/// teach whom. Counted only from shown cells.
/// </summary>
public sealed class TeamPlanModel(PlanAccess access, PlanProposer proposer, TeamPlanQuery query, TimeProvider clock, IStringLocalizer<Strings> t) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public TeamPlanQuery.Result Data { get; private set; } = null!;

    public int TeamId { get; private set; }

    public string Name(int personId) => Data.Names.GetValueOrDefault(personId, "?");

    public string AreaName(Area area) => t["Plans.Area." + Slug.Of(area)];

    public TeamPlanQuery.TeamAction? StoredAction(TeamNeed need) => Data.Actions.FirstOrDefault(a => a.Area == Slug.Of(need.Area));

    public async Task<IActionResult> OnGetAsync(int teamId, int? round, CancellationToken cancellationToken)
    {
        if (!await access.CanManageTeamAsync(teamId, cancellationToken))
        {
            return NotFound();
        }
        await proposer.EnsureProposedAsync(cancellationToken);
        if (await query.LoadAsync(teamId, round, cancellationToken) is not { } data)
        {
            return NotFound();
        }
        Data = data;
        TeamId = teamId;
        return Page();
    }

    public async Task<IActionResult> OnPostStatusAsync(int teamId, int? round, int actionId, string? status, CancellationToken cancellationToken)
    {
        if (!await access.CanManageTeamAsync(teamId, cancellationToken))
        {
            return NotFound();
        }
        if (!Slug.TryParse<ActionStatus>(status, out var parsed))
        {
            StatusMessage = t["Plans.Status.Invalid"];
            return RedirectToPage(new { teamId, round });
        }
        // An action of another team's plan, or none at all, is a missing page like any other id.
        if (!await query.SetStatusAsync(teamId, actionId, parsed.Value, clock.GetUtcNow().UtcDateTime, cancellationToken))
        {
            return NotFound();
        }
        StatusMessage = t["Plans.Status.Updated"];
        return RedirectToPage(new { teamId, round });
    }
}
