using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SkillMap.Web.Localization;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Organisation.Teams;

/// <summary>
/// One team: its members (with history), managers and unit. Its managers may open it and add people;
/// renaming, archiving and assigning managers are for admins. Everyone else gets 404, before any
/// input is looked at.
/// </summary>
[Authorize(Policy = Policies.ManagerOrAdmin)]
public sealed class TeamModel(OrganisationAccess access, TeamQueries queries, TeamCommands commands, CurrentPerson me, IStringLocalizer<Strings> t) : PageModel
{
    [BindProperty]
    public TeamInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public TeamQueries.Detail Data { get; private set; } = null!;

    public bool IsAdmin => me.IsAdmin;

    public async Task<IActionResult> OnGetAsync(int teamId, CancellationToken cancellationToken)
    {
        if (!await access.CanManageTeamAsync(teamId, cancellationToken) || await LoadAsync(teamId, cancellationToken) is false)
        {
            return NotFound();
        }
        Input = new TeamInput { Name = Data.Team.Name, UnitId = Data.Team.UnitId };
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(int teamId, CancellationToken cancellationToken) =>
        AdminAsync(teamId, cancellationToken, async () =>
        {
            var name = FieldRules.Text(ModelState, t, "Input.Name", Input.Name, t["Teams.Name"], required: true);
            if (!ModelState.IsValid)
            {
                return null;
            }
            var error = await commands.UpdateTeamAsync(teamId, name!, Input.UnitId, cancellationToken);
            return error is null ? t["Teams.Saved"] : Refuse("Input.Name", t[error, name!]);
        });

    public Task<IActionResult> OnPostArchiveAsync(int teamId, CancellationToken cancellationToken) =>
        AdminAsync(teamId, cancellationToken, async () =>
            await commands.ArchiveTeamAsync(teamId, cancellationToken) is { } error ? Refuse("", t[error]) : t["Teams.ArchivedDone"]);

    public Task<IActionResult> OnPostRestoreAsync(int teamId, CancellationToken cancellationToken) =>
        AdminAsync(teamId, cancellationToken, async () =>
            await commands.RestoreTeamAsync(teamId, cancellationToken) is { } error ? Refuse("", t[error, Data.Team.Name]) : t["Teams.RestoredDone"]);

    public Task<IActionResult> OnPostAssignManagerAsync(int teamId, int personId, CancellationToken cancellationToken) =>
        AdminAsync(teamId, cancellationToken, async () =>
            await commands.AssignManagerAsync(teamId, personId, cancellationToken) is { } error ? Refuse("personId", t[error]) : t["Teams.ManagerAssigned"]);

    public Task<IActionResult> OnPostRemoveManagerAsync(int teamId, int personId, CancellationToken cancellationToken) =>
        AdminAsync(teamId, cancellationToken, async () =>
            await commands.RemoveManagerAsync(teamId, personId, cancellationToken) is { } error ? Refuse("personId", t[error]) : t["Teams.ManagerRemoved"]);

    private string? Refuse(string key, string message)
    {
        ModelState.AddModelError(key, message);
        return null;
    }

    /// <summary>Access first (404 for anyone who may not see the team), then the change; a refusal re-renders the page.</summary>
    private async Task<IActionResult> AdminAsync(int teamId, CancellationToken cancellationToken, Func<Task<string?>> change)
    {
        if (!me.IsAdmin || !await LoadAsync(teamId, cancellationToken))
        {
            return NotFound();
        }
        var done = await change();
        if (done is not null && ModelState.IsValid)
        {
            StatusMessage = done;
            return RedirectToPage(new { teamId });
        }
        await LoadAsync(teamId, cancellationToken);
        if (Input.Name is null)
        {
            Input = new TeamInput { Name = Data.Team.Name, UnitId = Data.Team.UnitId };
        }
        return Page();
    }

    private async Task<bool> LoadAsync(int teamId, CancellationToken cancellationToken)
    {
        var data = await queries.DetailAsync(teamId, cancellationToken);
        if (data is null)
        {
            return false;
        }
        Data = data;
        return true;
    }
}
