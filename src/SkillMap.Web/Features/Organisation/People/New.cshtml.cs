using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;
using SkillMap.Web.Localization;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Organisation.People;

/// <summary>
/// Adds a person. An admin may give any role and team; a manager adds members to a team they manage.
/// The next step is the person's invitation link, offered on their page.
/// </summary>
[Authorize(Policy = Policies.ManagerOrAdmin)]
public sealed class NewModel(PeopleQueries queries, PeopleCommands commands, OrganisationAccess access, CurrentPerson me, IConfiguration configuration, IStringLocalizer<Strings> t) : PageModel
{
    [BindProperty]
    public PersonInput Input { get; set; } = new();

    public IReadOnlyList<PeopleQueries.TeamOption> Teams { get; private set; } = [];

    public bool IsAdmin => me.IsAdmin;

    public async Task OnGetAsync(int? teamId, CancellationToken cancellationToken)
    {
        Teams = await queries.TeamOptionsAsync(cancellationToken);
        Input = new PersonInput
        {
            TeamId = Teams.Any(x => x.Id == teamId) ? teamId : null,
            Language = configuration["Organization:DefaultLanguage"] is "en" ? "en" : "ja",
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Teams = await queries.TeamOptionsAsync(cancellationToken);
        // A team that is not the visitor's to fill is treated as a missing page, not a form error.
        if (Input.TeamId is { } teamId && !(await access.ManageableTeamIdsAsync(cancellationToken)).Contains(teamId))
        {
            return NotFound();
        }
        if (!me.IsAdmin && Input.TeamId is null)
        {
            ModelState.AddModelError("Input.TeamId", t["People.Error.TeamRequired"]);
        }
        var values = PersonForm.Validate(Input, ModelState, t, roleAllowed: me.IsAdmin, keepRole: "member");
        if (values is null)
        {
            return Page();
        }
        var (personId, refusal) = await commands.CreateAsync(values, Input.TeamId, cancellationToken);
        if (refusal is not null)
        {
            ModelState.AddModelError(refusal.Field, t[refusal.Key]);
            return Page();
        }
        TempData["StatusMessage"] = t["People.Created", values.DisplayName].Value;
        return RedirectToPage("/Organisation/People/Person", new { personId });
    }
}
