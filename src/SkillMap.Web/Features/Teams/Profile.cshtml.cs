using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SkillMap.Core.Scoring;
using SkillMap.Core.SkillModel;
using SkillMap.Web.Localization;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Teams;

/// <summary>
/// A team's input → thinking → output → outcome profile for its last closed round, with the
/// visitor's own answers in the open round beside it (open results are never shown: they move).
/// </summary>
public sealed class ProfileModel(TeamAccess access, TeamProfileQuery query, CurrentPerson me, IStringLocalizer<Strings> t) : PageModel
{
    /// <summary>Above this many people one team stops working as one team (the notes' rule of thumb).</summary>
    public const int TeamSizeWarning = 7;

    public TeamProfileQuery.Result Data { get; private set; } = null!;

    public StageChart Chart { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int teamId, CancellationToken cancellationToken)
    {
        if (!await access.CanViewAsync(teamId, cancellationToken))
        {
            return NotFound();
        }
        var data = await query.LoadAsync(teamId, me.Id, cancellationToken);
        if (data is null)
        {
            return NotFound();
        }
        Data = data;
        var threshold = data.ClosedRound?.PeerThreshold ?? Anonymity.MinimumRaters;
        Chart = new StageChart(
            StageChart.Stages.Select(s => t["Stage." + s].Value).ToList(),
            [
                StageChart.SeriesOf("self", t["Team.Series.Self"], StageProfile.FromCells(data.SelfCells, threshold), Stage.Input, Stage.Thinking, Stage.Output),
                StageChart.SeriesOf("peer", t["Team.Series.Peer"], StageProfile.FromCells(data.PeerCells, threshold), Stage.Input, Stage.Thinking, Stage.Output),
                StageChart.SeriesOf("team", t["Team.Series.Team"], StageProfile.FromCells(data.TeamCells, threshold), Stage.Outcome),
                StageChart.SeriesOf("own", t["Team.Series.Own"], StageProfile.FromOwnAnswers(data.OwnAnswers.Select(a => (a.Stage, a.Score)))),
            ]);
        return Page();
    }
}
