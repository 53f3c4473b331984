using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SkillMap.Web.Localization;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Rounds;

/// <summary>Purging a closed round on purpose: only after the round's name is typed exactly.</summary>
[Authorize(Policy = Policies.ManagerOrAdmin)]
public sealed class PurgeModel(RoundAccess access, RoundPurger purger, CurrentPerson me, IStringLocalizer<Strings> t) : PageModel
{
    [BindProperty]
    public string? TypedName { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public RoundRow Round { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int roundId, CancellationToken cancellationToken) =>
        await LoadAsync(roundId, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(int roundId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(roundId, cancellationToken) is { } missing)
        {
            return missing;
        }
        if (!string.Equals(TypedName?.Trim(), Round.Name.Trim(), StringComparison.Ordinal))
        {
            ModelState.AddModelError(nameof(TypedName), t["Rounds.Purge.NameMismatch"]);
            return Page();
        }
        StatusMessage = await purger.PurgeAsync(roundId, me.Id, "by hand", cancellationToken) ? t["Rounds.Purged"] : t["Rounds.Error.NotClosed"];
        return RedirectToPage("Details", new { roundId });
    }

    private async Task<IActionResult?> LoadAsync(int roundId, CancellationToken cancellationToken)
    {
        var grant = await access.ForAsync(roundId, cancellationToken);
        if (grant is not { Whole: true })
        {
            return NotFound();
        }
        Round = grant.Round;
        return Round.HasResults ? null : RedirectToPage("Details", new { roundId });
    }
}
