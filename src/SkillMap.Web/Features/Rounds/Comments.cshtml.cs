using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SkillMap.Web.Localization;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Rounds;

/// <summary>
/// Before results are released, a manager or admin reads the comments of their teams (shuffled, never
/// with a rater) and hides one that is abusive or identifies its writer. Hiding is audited and can be undone.
/// </summary>
[Authorize(Policy = Policies.ManagerOrAdmin)]
public sealed class CommentsModel(RoundAccess access, RoundResults results, CurrentPerson me, IStringLocalizer<Strings> t) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public RoundAccess.Grant Grant { get; private set; } = null!;

    public IReadOnlyList<RoundResults.Comment> Comments { get; private set; } = [];

    public bool CanChange => Grant.Round.Status == "closed" && Grant.Round.PurgedAt is null;

    public async Task<IActionResult> OnGetAsync(int roundId, CancellationToken cancellationToken) =>
        await LoadAsync(roundId, cancellationToken) ?? Page();

    public Task<IActionResult> OnPostHideAsync(int roundId, int commentId, CancellationToken cancellationToken) =>
        SetAsync(roundId, commentId, true, cancellationToken);

    public Task<IActionResult> OnPostShowAsync(int roundId, int commentId, CancellationToken cancellationToken) =>
        SetAsync(roundId, commentId, false, cancellationToken);

    private async Task<IActionResult> SetAsync(int roundId, int commentId, bool hidden, CancellationToken cancellationToken)
    {
        if (await LoadAsync(roundId, cancellationToken) is { } missing)
        {
            return missing;
        }
        if (Comments.All(c => c.Id != commentId))
        {
            return NotFound();
        }
        var changed = CanChange && await results.SetHiddenAsync(roundId, commentId, hidden, Grant.MyTeams.Select(t => t.Id).ToList(), me.Id, cancellationToken);
        StatusMessage = !CanChange ? t["Rounds.Error.ReadOnly"].Value
            : changed ? t[hidden ? "Rounds.Comments.Hidden" : "Rounds.Comments.Shown"].Value
            : null;
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
        Comments = await results.CommentsAsync(roundId, grant.MyTeams.Select(t => t.Id).ToList(), cancellationToken);
        return null;
    }
}
