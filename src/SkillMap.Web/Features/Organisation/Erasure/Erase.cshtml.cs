using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SkillMap.Web.Features.Organisation.People;
using SkillMap.Web.Localization;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Organisation.Erasure;

/// <summary>Erasure after a typed confirmation (the person's display name): it cannot be undone.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class EraseModel(PeopleQueries queries, PersonErasure erasure, IStringLocalizer<Strings> t) : PageModel
{
    [BindProperty]
    public string? Confirmation { get; set; }

    public PeopleQueries.PersonRow Person { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int personId, CancellationToken cancellationToken) =>
        await LoadAsync(personId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int personId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(personId, cancellationToken))
        {
            return NotFound();
        }
        if (!string.Equals(Confirmation?.Trim(), Person.DisplayName.Trim(), StringComparison.Ordinal))
        {
            ModelState.AddModelError(nameof(Confirmation), t["Erase.Error.Confirmation"]);
            return Page();
        }
        if (await erasure.EraseAsync(personId, cancellationToken) is { } refusal)
        {
            ModelState.AddModelError("", t[refusal]);
            return Page();
        }
        TempData["StatusMessage"] = t["Erase.Done"].Value;
        return RedirectToPage("/Organisation/People/Index");
    }

    private async Task<bool> LoadAsync(int personId, CancellationToken cancellationToken)
    {
        if (await queries.DetailAsync(personId, cancellationToken) is not { } detail)
        {
            return false;
        }
        Person = detail.Person;
        return true;
    }
}
