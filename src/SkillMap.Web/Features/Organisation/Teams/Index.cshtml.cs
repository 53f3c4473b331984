using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SkillMap.Web.Localization;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Organisation.Teams;

/// <summary>Teams under their units. Admins see and create every team; a manager sees the teams they manage.</summary>
[Authorize(Policy = Policies.ManagerOrAdmin)]
public sealed class IndexModel(TeamQueries queries, TeamCommands commands, CurrentPerson me, IStringLocalizer<Strings> t) : PageModel
{
    [BindProperty]
    public TeamInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public TeamQueries.Overview Data { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public bool Archived { get; set; }

    public bool IsAdmin => me.IsAdmin;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Data = await queries.OverviewAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (!me.IsAdmin)
        {
            return NotFound();
        }
        var name = FieldRules.Text(ModelState, t, "Input.Name", Input.Name, t["Teams.Name"], required: true);
        if (ModelState.IsValid)
        {
            var (teamId, error) = await commands.CreateTeamAsync(name!, Input.UnitId, cancellationToken);
            if (teamId is { } id)
            {
                StatusMessage = t["Teams.Created", name!];
                return RedirectToPage("/Organisation/Teams/Team", new { teamId = id });
            }
            ModelState.AddModelError("Input.Name", t[error!, name!]);
        }
        Data = await queries.OverviewAsync(cancellationToken);
        return Page();
    }
}
