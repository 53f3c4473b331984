using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SkillMap.Core.SkillModel;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.SkillModel;

/// <summary>
/// Publishing a draft, after a confirmation: it says what changes against the version it was copied
/// from, and refuses while any item breaks a rule or keeps a key whose levels now mean something else.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class PublishModel(ModelVersions versions, ModelDrafts drafts, CurrentPerson me, IStringLocalizer<Strings> t) : PageModel
{
    public ModelVersions.VersionRow Version { get; private set; } = null!;

    public IReadOnlyList<ItemChange> Changes { get; private set; } = [];

    public IReadOnlyList<ModelProblem> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int version, CancellationToken cancellationToken) =>
        await LoadAsync(version, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(int version, bool confirm, CancellationToken cancellationToken)
    {
        if (await LoadAsync(version, cancellationToken) is { } redirect)
        {
            return redirect;
        }
        if (Problems.Count > 0)
        {
            return Page();
        }
        if (!confirm)
        {
            ModelState.AddModelError("confirm", t["Model.Publish.ConfirmNeeded"]);
            return Page();
        }
        TempData["StatusMessage"] = (await drafts.PublishAsync(Version, me.Id, cancellationToken)
            ? t["Model.Publish.Done", version]
            : t["Model.NotDraft", version]).Value;
        return RedirectToPage("Version", new { version });
    }

    private async Task<IActionResult?> LoadAsync(int version, CancellationToken cancellationToken)
    {
        if (await versions.FindAsync(version, cancellationToken) is not { } found)
        {
            return NotFound();
        }
        Version = found;
        if (!found.IsDraft)
        {
            TempData["StatusMessage"] = t["Model.NotDraft", version].Value;
            return RedirectToPage("Version", new { version });
        }
        var rows = await versions.ItemsAsync(found, cancellationToken);
        var document = ModelDocument.From(found.Name, found.Version, rows.Select(r => r.ToSkillItem()));
        var (items, problems) = ModelReader.Read(document);
        Problems = problems.Count > 0
            ? problems
            : ModelComparison.AnchorConflicts(items, await drafts.EarlierUsesAsync(items.Select(i => i.Key).ToList(), cancellationToken));
        if (found.BasedOnVersion is { } basedOn && await versions.FindAsync(basedOn, cancellationToken) is { } baseVersion)
        {
            var before = (await versions.ItemsAsync(baseVersion, cancellationToken)).Select(r => r.ToSkillItem()).ToList();
            Changes = ModelComparison.Compare(before, items);
        }
        return null;
    }
}
