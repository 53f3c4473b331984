using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SkillMap.Web.Hosting;
using SkillMap.Web.Localization;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Organisation.People;

/// <summary>
/// One person: profile, team history, managed teams, deactivation. A manager may open the members of
/// their teams and correct their profile (not email or role); moving, managing and deactivating are
/// for admins. Access is checked before anything posted is read, so a forbidden id answers 404.
/// </summary>
[Authorize(Policy = Policies.ManagerOrAdmin)]
public sealed class PersonModel(
    OrganisationAccess access, PeopleQueries queries, PeopleCommands commands, CurrentPerson me,
    OrganizationTime time, TimeProvider clock, IStringLocalizer<Strings> t) : PageModel
{
    [BindProperty]
    public PersonInput Input { get; set; } = new();

    [BindProperty]
    public MoveInput Move { get; set; } = new();

    [BindProperty]
    public List<int> ManagedTeamIds { get; set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    public PeopleQueries.Detail Data { get; private set; } = null!;

    public IReadOnlyList<PeopleQueries.TeamOption> Teams { get; private set; } = [];

    public bool IsAdmin => me.IsAdmin;

    public bool IsSelf => Data.Person.Id == me.Id;

    public string Today => time.ToLocal(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnGetAsync(int personId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(personId, cancellationToken))
        {
            return NotFound();
        }
        Fill();
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int personId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(personId, cancellationToken))
        {
            return NotFound();
        }
        var person = Data.Person;
        var values = PersonForm.Validate(Input, ModelState, t, roleAllowed: me.IsAdmin, keepRole: person.Role, keepEmail: me.IsAdmin ? null : person.Email);
        if (values is not null && await commands.UpdateAsync(personId, values, cancellationToken) is { } refusal)
        {
            ModelState.AddModelError(refusal.Field, t[refusal.Key]);
        }
        return await DoneAsync(personId, t["People.Saved"], keepInput: true, cancellationToken);
    }

    public Task<IActionResult> OnPostMoveAsync(int personId, CancellationToken cancellationToken) =>
        AdminAsync(personId, cancellationToken, async () =>
        {
            if (Move.TeamId is { } teamId && Teams.All(x => x.Id != teamId))
            {
                ModelState.AddModelError("Move.TeamId", t["People.Error.TeamMissing"]);
                return null;
            }
            if (!DateOnly.TryParseExact(Move.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || date > DateOnly.Parse(Today, CultureInfo.InvariantCulture))
            {
                ModelState.AddModelError("Move.Date", t["People.Error.MoveDate"]);
                return null;
            }
            var at = Move.Date == Today
                ? clock.GetUtcNow().UtcDateTime
                : TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue), time.Zone);
            return await commands.MoveAsync(personId, Move.TeamId, at, cancellationToken) is { } refusal ? Refuse(refusal) : t["People.Moved"];
        });

    public Task<IActionResult> OnPostManagesAsync(int personId, CancellationToken cancellationToken) =>
        AdminAsync(personId, cancellationToken, async () =>
        {
            var chosen = ManagedTeamIds.Distinct().ToList();
            if (chosen.Any(id => Teams.All(x => x.Id != id)))
            {
                ModelState.AddModelError("ManagedTeamIds", t["People.Error.TeamMissing"]);
                return null;
            }
            return await commands.SetManagedTeamsAsync(personId, chosen, cancellationToken) is { } refusal ? Refuse(refusal) : t["People.ManagesSaved"];
        });

    public Task<IActionResult> OnPostDeactivateAsync(int personId, CancellationToken cancellationToken) =>
        AdminAsync(personId, cancellationToken, async () =>
            await commands.DeactivateAsync(personId, cancellationToken) is { } refusal ? Refuse(refusal) : t["People.DeactivatedDone"]);

    public Task<IActionResult> OnPostReactivateAsync(int personId, CancellationToken cancellationToken) =>
        AdminAsync(personId, cancellationToken, async () =>
            await commands.ReactivateAsync(personId, cancellationToken) is { } refusal ? Refuse(refusal) : t["People.ReactivatedDone"]);

    private string? Refuse(PeopleCommands.Refusal refusal)
    {
        ModelState.AddModelError(refusal.Field, t[refusal.Key]);
        return null;
    }

    private async Task<IActionResult> AdminAsync(int personId, CancellationToken cancellationToken, Func<Task<string?>> change)
    {
        if (!me.IsAdmin || !await LoadAsync(personId, cancellationToken))
        {
            return NotFound();
        }
        var done = await change();
        return await DoneAsync(personId, done ?? "", keepInput: false, cancellationToken);
    }

    private async Task<IActionResult> DoneAsync(int personId, string message, bool keepInput, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            StatusMessage = message;
            return RedirectToPage(new { personId });
        }
        // Show the page again with the refused form as posted and the others as stored.
        var (input, move, managed) = (Input, Move, ManagedTeamIds);
        await LoadAsync(personId, cancellationToken);
        Fill();
        if (keepInput)
        {
            Input = input;
            Input.Email ??= Data.Person.Email;
        }
        else
        {
            (Move, ManagedTeamIds) = (move, managed);
        }
        return Page();
    }

    private async Task<bool> LoadAsync(int personId, CancellationToken cancellationToken)
    {
        if (!await access.CanManagePersonAsync(personId, cancellationToken) || await queries.DetailAsync(personId, cancellationToken) is not { } data)
        {
            return false;
        }
        Data = data;
        Teams = await queries.TeamOptionsAsync(cancellationToken);
        return true;
    }

    private void Fill()
    {
        var p = Data.Person;
        Input = new PersonInput
        {
            Email = p.Email,
            EmployeeNumber = p.EmployeeNumber,
            DisplayName = p.DisplayName,
            NameReading = p.NameReading,
            Role = p.Role,
            Language = p.Language,
            IsRated = p.IsRated,
        };
        Move = new MoveInput { TeamId = p.TeamId, Date = Today };
        ManagedTeamIds = Data.Manages.Select(m => m.Id).ToList();
    }
}

public sealed class MoveInput
{
    public int? TeamId { get; set; }

    public string? Date { get; set; }
}
