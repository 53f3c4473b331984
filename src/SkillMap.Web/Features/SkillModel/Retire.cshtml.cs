using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.SkillModel;

/// <summary>Retiring a published version, after a confirmation: no new rounds with it; its rounds and results stay.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class RetireModel(ModelVersions versions, ModelDrafts drafts, CurrentPerson me, IStringLocalizer<Strings> t) : PageModel
{
    public ModelVersions.VersionRow Version { get; private set; } = null!;

    public bool IsLastPublished { get; private set; }

    public async Task<IActionResult> OnGetAsync(int version, CancellationToken cancellationToken) =>
        await LoadAsync(version, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(int version, bool confirm, CancellationToken cancellationToken)
    {
        if (await LoadAsync(version, cancellationToken) is { } redirect)
        {
            return redirect;
        }
        if (!confirm)
        {
            ModelState.AddModelError("confirm", t["Model.Retire.ConfirmNeeded"]);
            return Page();
        }
        TempData["StatusMessage"] = (await drafts.RetireVersionAsync(Version, me.Id, cancellationToken)
            ? t["Model.Retire.Done", version]
            : t["Model.Retire.NotPublished", version]).Value;
        return RedirectToPage("Version", new { version });
    }

    private async Task<IActionResult?> LoadAsync(int version, CancellationToken cancellationToken)
    {
        if (await versions.FindAsync(version, cancellationToken) is not { } found)
        {
            return NotFound();
        }
        Version = found;
        if (!found.IsPublished)
        {
            TempData["StatusMessage"] = t["Model.Retire.NotPublished", version].Value;
            return RedirectToPage("Version", new { version });
        }
        IsLastPublished = (await versions.ForNewRoundsAsync(cancellationToken)).Count == 1;
        return null;
    }
}
