using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SkillMap.Web.Features.Teams;
using SkillMap.Web.Localization;

namespace SkillMap.Web.Features.Reports.Team;

/// <summary>A team's stage profile and explicit/implicit balance over its last closed rounds; the team's members, managers and admins.</summary>
public sealed class TrendModel(TeamAccess access, TeamDashboardQuery rounds, TeamTrendQuery trend, IStringLocalizer<Strings> t) : PageModel
{
    public int TeamId { get; private set; }

    public TeamTrendQuery.Trend? Data { get; private set; }

    public async Task<IActionResult> OnGetAsync(int teamId, CancellationToken cancellationToken)
    {
        if (!await access.CanViewAsync(teamId, cancellationToken))
        {
            return NotFound();
        }
        TeamId = teamId;
        var closed = await rounds.RoundsAsync(teamId, cancellationToken);
        if (closed.Count > 0)
        {
            Data = await trend.LoadAsync(teamId, closed, t, cancellationToken);
        }
        return Page();
    }
}
