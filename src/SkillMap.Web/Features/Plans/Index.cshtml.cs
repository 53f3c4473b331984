using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillMap.Web.Features.Rounds;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Plans;

/// <summary>
/// "Plans": your own plans (once your results are released), and for managers and admins the plans
/// of one team in one round, with the team plan and the exports a click away.
/// </summary>
public sealed class IndexModel(PlanProposer proposer, PlanListQuery query, ResultVisibility visibility, CurrentPerson me) : PageModel
{
    public List<PlanListQuery.PlanSummary> Own { get; private set; } = [];

    public List<PlanListQuery.Choice> Teams { get; private set; } = [];

    public List<PlanListQuery.Choice> Rounds { get; private set; } = [];

    public List<PlanListQuery.PlanSummary> TeamPlans { get; private set; } = [];

    public int? RoundId { get; private set; }

    public int? TeamId { get; private set; }

    public bool IsAdmin => me.IsAdmin;

    public async Task<IActionResult> OnGetAsync(int? round, int? team, CancellationToken cancellationToken)
    {
        // Rounds closed before plans existed (the demo's history) get their proposals on first visit.
        await proposer.EnsureProposedAsync(cancellationToken);
        foreach (var plan in await query.OwnAsync(me.Id, cancellationToken))
        {
            if (await visibility.IsReleasedToRateeAsync(plan.RoundId, me.Id, cancellationToken))
            {
                Own.Add(plan);
            }
        }
        (Teams, Rounds) = await query.ChoicesAsync(me.Id, me.IsAdmin, cancellationToken);
        // A team or round in the address that is not one of the choices (another team's, unknown, or
        // any for a member) is a 404, as everywhere else an id names something you may not see.
        if ((team is { } t && Teams.All(x => x.Id != t)) || (round is { } r && Rounds.All(x => x.Id != r)))
        {
            return NotFound();
        }
        if (Teams.Count == 0 || Rounds.Count == 0)
        {
            return Page();
        }
        TeamId = team ?? Teams[0].Id;
        RoundId = round ?? Rounds[0].Id;
        TeamPlans = await query.TeamAsync(RoundId.Value, TeamId.Value, cancellationToken);
        return Page();
    }
}
