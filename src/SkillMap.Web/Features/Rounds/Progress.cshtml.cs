using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Rounds;

/// <summary>
/// Completion of an open round for the manager's teams, in counts per team and perspective, and a
/// reminder per person with open sheets, ready to copy.
/// </summary>
[Authorize(Policy = Policies.ManagerOrAdmin)]
public sealed partial class ProgressModel(RoundAccess access, RoundProgress progress, ReminderText reminders) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public RoundAccess.Grant Grant { get; private set; } = null!;

    public IReadOnlyList<RoundProgress.Completion> Completion { get; private set; } = [];

    public IReadOnlyList<(RoundProgress.OpenWork Work, ReminderText.Message Message)> Reminders { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int roundId, CancellationToken cancellationToken) =>
        await LoadAsync(roundId, cancellationToken) ?? Page();

    private string SurveysUrl => $"{Request.Scheme}://{Request.Host}{Request.PathBase}/surveys";

    private async Task<IActionResult?> LoadAsync(int roundId, CancellationToken cancellationToken)
    {
        var grant = await access.ForAsync(roundId, cancellationToken);
        if (grant is null || grant.MyTeams.Count == 0)
        {
            return NotFound();
        }
        Grant = grant;
        if (!grant.Round.IsOpen)
        {
            return RedirectToPage("Details", new { roundId });
        }
        var teams = grant.MyTeams.Select(t => t.Id).ToList();
        Completion = await progress.CompletionAsync(roundId, teams, cancellationToken);
        Reminders = (await progress.OpenWorkAsync(roundId, teams, cancellationToken))
            .Select(w => (w, reminders.For(w, grant.Round, SurveysUrl)))
            .ToList();
        return null;
    }
}
