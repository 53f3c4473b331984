using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SkillMap.Web.Localization;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Rounds;

/// <summary>
/// After close, each ratee sees their results once their manager releases them (one person or the
/// whole team), or automatically ReleaseAfterDays after the close.
/// </summary>
[Authorize(Policy = Policies.ManagerOrAdmin)]
public sealed class ResultsModel(RoundAccess access, RoundResults results, TimeProvider clock, CurrentPerson me, IStringLocalizer<Strings> t) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public RoundAccess.Grant Grant { get; private set; } = null!;

    public IReadOnlyList<RoundResults.Ratee> Ratees { get; private set; } = [];

    public bool AutoReleased => Grant.Round.AutoReleaseAt is { } at && at <= clock.GetUtcNow().UtcDateTime;

    public bool CanChange => Grant.Round.Status == "closed" && Grant.Round.PurgedAt is null;

    public async Task<IActionResult> OnGetAsync(int roundId, CancellationToken cancellationToken) =>
        await LoadAsync(roundId, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostReleaseAsync(int roundId, int teamId, int? rateeId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(roundId, cancellationToken) is { } missing)
        {
            return missing;
        }
        if (!Grant.CanManageTeam(teamId) || Grant.Teams.All(t => t.Id != teamId)
            || (rateeId is { } one && Ratees.All(r => r.RateeId != one || r.TeamId != teamId)))
        {
            return NotFound();
        }
        if (!CanChange)
        {
            StatusMessage = t["Rounds.Error.ReadOnly"];
            return RedirectToPage(new { roundId });
        }
        var released = await results.ReleaseAsync(roundId, teamId, rateeId, me.Id, cancellationToken);
        StatusMessage = t["Rounds.Results.Released", released];
        return RedirectToPage(new { roundId });
    }

    private async Task<IActionResult?> LoadAsync(int roundId, CancellationToken cancellationToken)
    {
        var grant = await access.ForAsync(roundId, cancellationToken);
        if (grant is null || grant.MyTeams.Count == 0)
        {
            return NotFound();
        }
        Grant = grant;
        if (!grant.Round.HasResults)
        {
            return RedirectToPage("Details", new { roundId });
        }
        Ratees = await results.RateesAsync(roundId, grant.MyTeams.Select(t => t.Id).ToList(), cancellationToken);
        return null;
    }
}
