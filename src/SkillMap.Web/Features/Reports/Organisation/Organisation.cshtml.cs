using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SkillMap.Web.Features.Reports.Rollups;
using SkillMap.Web.Features.SkillModel;
using SkillMap.Web.Localization;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Reports.Organisation;

/// <summary>
/// Admins compare teams on the stage profile and areas for one closed round. The only filters are
/// fixed segments (the round, whole teams), so no two views can differ by one person.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class OrganisationModel(OrganisationQuery query, ModelItems model, IStringLocalizer<Strings> t) : PageModel
{
    public IReadOnlyList<ClosedRound> Rounds { get; private set; } = [];

    public ClosedRound? Round { get; private set; }

    public IReadOnlyList<OrganisationQuery.TeamRow> AllTeams { get; private set; } = [];

    public IReadOnlySet<int> Selected { get; private set; } = new HashSet<int>();

    public OrganisationView? View { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? round, int[]? team, CancellationToken cancellationToken)
    {
        Rounds = await query.RoundsAsync(cancellationToken);
        Round = round is { } id ? Rounds.FirstOrDefault(r => r.RoundId == id) : Rounds.FirstOrDefault();
        if (round is not null && Round is null)
        {
            return NotFound();
        }
        if (Round is null)
        {
            return Page();
        }
        var data = await query.LoadAsync(Round, cancellationToken);
        AllTeams = data.Teams;
        var inRound = data.Teams.Select(x => x.TeamId).ToHashSet();
        Selected = (team ?? []).Where(inRound.Contains).ToHashSet();
        var items = await model.ForVersionAsync(Round.ModelVersionId, cancellationToken);
        View = OrganisationView.Build(data, items, Selected, t);
        return Page();
    }
}
