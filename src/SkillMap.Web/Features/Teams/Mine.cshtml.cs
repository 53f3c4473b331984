using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SkillMap.Web.Features.Teams;

/// <summary>"My team" in the navigation: the person's own team, or the first one they manage.</summary>
public sealed class MineModel(TeamAccess access) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await access.HomeTeamAsync(cancellationToken) is { } teamId
            ? RedirectToPage("/Teams/Profile", new { teamId })
            : RedirectToPage("/Index");
}
