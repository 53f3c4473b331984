using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SkillMap.Core.Scoring;
using SkillMap.Web.Localization;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Rounds;

/// <summary>
/// In a nomination round, before it opens, a ratee proposes the colleagues they would like feedback
/// from; their manager approves or changes the list. Anyone else gets 404.
/// </summary>
public sealed class NominateModel(RoundPeers peers, CurrentPerson me, IStringLocalizer<Strings> t) : PageModel
{
    [BindProperty]
    public List<int> Raters { get; set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    public RoundPeers.Nomination Round { get; private set; } = null!;

    public RoundPeers.TeamPeers Team { get; private set; } = null!;

    public int Threshold => Anonymity.EffectiveThreshold(Round.PeerThreshold);

    public int MeId => me.Id;

    /// <summary>Checked: what was posted when a post is refused, else what this person proposed or was given.</summary>
    public bool IsChosen(int raterId) => Request.HasFormContentType ? Raters.Contains(raterId) : Team.Find(me.Id, raterId) is not null;

    public async Task<IActionResult> OnGetAsync(int roundId, CancellationToken cancellationToken) =>
        await LoadAsync(roundId, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(int roundId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(roundId, cancellationToken) is { } missing)
        {
            return missing;
        }
        var valid = Raters.Distinct().Where(id => Team.Candidates(me.Id).Any(c => c.PersonId == id)).ToList();
        if (valid.Count < Threshold)
        {
            ModelState.AddModelError(nameof(Raters), t["Rounds.Nominate.TooFew", Threshold]);
            return Page();
        }
        if (!await peers.NominateAsync(roundId, Team, me.Id, valid, cancellationToken))
        {
            return NotFound();
        }
        StatusMessage = t["Rounds.Nominate.Saved"];
        return RedirectToPage(new { roundId });
    }

    private async Task<IActionResult?> LoadAsync(int roundId, CancellationToken cancellationToken)
    {
        var round = (await peers.OpenNominationsAsync(me.Id, cancellationToken)).FirstOrDefault(r => r.RoundId == roundId);
        if (round is null)
        {
            return NotFound();
        }
        Round = round;
        Team = await peers.TeamAsync(roundId, round.TeamId, cancellationToken);
        return Team.Ratees.Any(r => r.PersonId == me.Id) ? null : NotFound();
    }
}
