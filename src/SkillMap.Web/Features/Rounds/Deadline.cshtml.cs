using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SkillMap.Web.Hosting;
using SkillMap.Web.Localization;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Rounds;

/// <summary>Extends an open round's deadline; a deadline never moves earlier here (closing early is the Close page).</summary>
[Authorize(Policy = Policies.ManagerOrAdmin)]
public sealed class DeadlineModel(RoundAccess access, RoundCommands commands, OrganizationTime time, TimeProvider clock, CurrentPerson me, IStringLocalizer<Strings> t) : PageModel
{
    [BindProperty]
    public string? ClosesAt { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public RoundRow Round { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int roundId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(roundId, cancellationToken) is { } missing)
        {
            return missing;
        }
        ClosesAt = time.ToInput(Round.ClosesAt?.AddDays(7));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int roundId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(roundId, cancellationToken) is { } missing)
        {
            return missing;
        }
        if (!time.TryParseInput(ClosesAt, out var closesAt))
        {
            ModelState.AddModelError(nameof(ClosesAt), t["Rounds.Error.TimeInvalid", t["Rounds.Field.ClosesAt"]]);
            return Page();
        }
        if (closesAt <= (Round.ClosesAt ?? DateTime.MinValue) || closesAt <= clock.GetUtcNow().UtcDateTime)
        {
            ModelState.AddModelError(nameof(ClosesAt), t["Rounds.Error.NotLater"]);
            return Page();
        }
        if (!await commands.ExtendDeadlineAsync(roundId, closesAt, me.Id, cancellationToken))
        {
            ModelState.AddModelError(nameof(ClosesAt), t["Rounds.Error.NotOpen"]);
            return Page();
        }
        StatusMessage = t["Rounds.DeadlineExtended", time.Format(closesAt)];
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
