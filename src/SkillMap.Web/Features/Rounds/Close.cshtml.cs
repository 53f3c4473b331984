using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SkillMap.Web.Localization;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Rounds;

/// <summary>
/// Closing by hand, after a confirmation that says it cannot be undone. The request only moves the
/// deadline to now and wakes the scheduler, which closes the round in the background like any other.
/// </summary>
[Authorize(Policy = Policies.ManagerOrAdmin)]
public sealed class CloseModel(RoundAccess access, RoundCommands commands, RoundScheduler scheduler, CurrentPerson me, IStringLocalizer<Strings> t) : PageModel
{
    [BindProperty]
    public bool Confirm { get; set; }

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
        if (!Confirm)
        {
            ModelState.AddModelError(nameof(Confirm), t["Rounds.Close.ConfirmRequired"]);
            return Page();
        }
        if (await commands.RequestCloseAsync(roundId, me.Id, cancellationToken))
        {
            scheduler.Wake();
            StatusMessage = t["Rounds.Close.Requested"];
        }
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
        return Round.IsOpen ? null : RedirectToPage("Details", new { roundId });
    }
}
