using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SkillMap.Core.Rounds;
using SkillMap.Core.Scoring;
using SkillMap.Web.Localization;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Rounds;

/// <summary>
/// The manager chooses each ratee's peers (manager-assigned rounds) or approves and changes what the
/// ratees proposed (nomination rounds), one team at a time, before the round opens.
/// </summary>
[Authorize(Policy = Policies.ManagerOrAdmin)]
public sealed class PeersModel(RoundAccess access, RoundPeers peers, CurrentPerson me, IStringLocalizer<Strings> t) : PageModel
{
    /// <summary>"rateeId-raterId" for each checked box.</summary>
    [BindProperty]
    public List<string> Pairs { get; set; } = [];

    /// <summary>The ratees the form showed, so a ratee with every box cleared is saved as having none.</summary>
    [BindProperty]
    public List<int> Ratees { get; set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    public RoundAccess.Grant Grant { get; private set; } = null!;

    public RoundPeers.TeamPeers Team { get; private set; } = null!;

    public int Threshold => Anonymity.EffectiveThreshold(Grant.Round.PeerThreshold);

    public async Task<IActionResult> OnGetAsync(int roundId, int? teamId, CancellationToken cancellationToken) =>
        await LoadAsync(roundId, teamId, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(int roundId, int? teamId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(roundId, teamId, cancellationToken) is { } missing)
        {
            return missing;
        }
        var chosen = Ratees.Distinct().ToDictionary(r => r, r => (IReadOnlyList<int>)Pairs
            .Select(Parse).Where(p => p is { } pair && pair.Ratee == r).Select(p => p!.Value.Rater).ToList());
        return Done(await peers.SaveAsync(roundId, Team, chosen, me.Id, cancellationToken), roundId);
    }

    public async Task<IActionResult> OnPostApproveAsync(int roundId, int? teamId, CancellationToken cancellationToken) =>
        await LoadAsync(roundId, teamId, cancellationToken)
            ?? Done(await peers.ApproveProposalsAsync(roundId, Team, me.Id, cancellationToken), roundId);

    public async Task<IActionResult> OnPostSuggestAsync(int roundId, int? teamId, CancellationToken cancellationToken) =>
        await LoadAsync(roundId, teamId, cancellationToken)
            ?? Done(await peers.SuggestAsync(roundId, Team, Grant.Round.PeersPerRater, me.Id, cancellationToken), roundId);

    private IActionResult Done(bool saved, int roundId)
    {
        StatusMessage = saved ? t["Rounds.Peers.Saved"] : t["Rounds.Error.NotDraft"];
        return RedirectToPage(new { roundId, teamId = Team.TeamId });
    }

    private static (int Ratee, int Rater)? Parse(string pair)
    {
        var parts = pair.Split('-');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ratee)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var rater)
            ? (ratee, rater) : null;
    }

    private async Task<IActionResult?> LoadAsync(int roundId, int? teamId, CancellationToken cancellationToken)
    {
        var grant = await access.ForAsync(roundId, cancellationToken);
        if (grant is null || grant.MyTeams.Count == 0)
        {
            return NotFound();
        }
        Grant = grant;
        var team = teamId is { } id ? grant.MyTeams.FirstOrDefault(t => t.Id == id) : grant.MyTeams[0];
        if (team is null)
        {
            return NotFound();
        }
        if (!grant.Round.IsDraft || !grant.Round.IncludesPeer || grant.Round.AssignmentMode == AssignmentMode.Automatic)
        {
            return RedirectToPage("Details", new { roundId });
        }
        Team = await peers.TeamAsync(roundId, team.Id, cancellationToken);
        return null;
    }
}
