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

    public async Task OnGetAsync(int? round, int? team, CancellationToken cancellationToken)
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
        if (Teams.Count == 0 || Rounds.Count == 0)
        {
            return;
        }
        // An id the person may not use falls back to their first choice: nothing is revealed either way.
        TeamId = Teams.Any(t => t.Id == team) ? team : Teams[0].Id;
        RoundId = Rounds.Any(r => r.Id == round) ? round : Rounds[0].Id;
        TeamPlans = await query.TeamAsync(RoundId!.Value, TeamId!.Value, cancellationToken);
    }
}
