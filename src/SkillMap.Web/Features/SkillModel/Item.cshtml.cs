using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SkillMap.Core.SkillModel;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.SkillModel;

/// <summary>
/// Adds or edits one item of a draft. "Preview" shows the item as raters see it, in Japanese and English
/// side by side, without saving (a script keeps that preview live while typing; it is not needed).
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class ItemModel(ModelVersions versions, ModelDrafts drafts, CurrentPerson me, IStringLocalizer<Strings> t) : PageModel
{
    [BindProperty]
    public ItemInput Input { get; set; } = new();

    public ModelVersions.VersionRow Version { get; private set; } = null!;

    /// <summary>The item being edited; null when adding one.</summary>
    public SkillItemRow? Existing { get; private set; }

    public bool Previewing { get; private set; }

    public async Task<IActionResult> OnGetAsync(int version, string itemId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(version, itemId, cancellationToken) is { } problem)
        {
            return problem;
        }
        Input = Existing is null ? new ItemInput { Kind = Slug.Of(Kind.Explicit), Area = Slug.Of(Area.Logic), Stage = Slug.Of(Stage.Input) } : ItemInput.From(Existing);
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(int version, string itemId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(version, itemId, cancellationToken) is { } problem)
        {
            return problem;
        }
        ModelState.Clear();
        Previewing = true;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int version, string itemId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(version, itemId, cancellationToken) is { } problem)
        {
            return problem;
        }
        ModelState.Clear();
        var others = (await versions.ItemsAsync(Version, cancellationToken)).Where(i => i.Id != Existing?.Id).Select(i => i.ItemKey);
        var (item, problems) = ModelReader.ReadOne(Input.ToDocument(), others);
        if (item is not null)
        {
            problems = ModelComparison.AnchorConflicts([item], await drafts.EarlierUsesAsync([item.Key], cancellationToken));
        }
        if (item is null || problems.Count > 0)
        {
            ItemInput.AddErrors(ModelState, problems, t);
            return Page();
        }
        var (result, savedId) = await drafts.SaveItemAsync(Version, Existing?.Id, item, me.Id, cancellationToken);
        switch (result)
        {
            case ModelDrafts.SaveResult.Saved:
                TempData["StatusMessage"] = t["Model.Item.Saved", item.Key].Value;
                return Redirect($"/admin/model/{version}#item-{savedId}");
            case ModelDrafts.SaveResult.DuplicateKey:
                ItemInput.AddErrors(ModelState, [new ModelProblem(1, item.Key, "key", ModelProblemKind.Duplicate, item.Key)], t);
                return Page();
            case ModelDrafts.SaveResult.NotDraft:
                TempData["StatusMessage"] = t["Model.NotDraft", version].Value;
                return RedirectToPage("Version", new { version });
            default:
                return NotFound();
        }
    }

    private async Task<IActionResult?> LoadAsync(int version, string itemId, CancellationToken cancellationToken)
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
        if (itemId == "new")
        {
            return null;
        }
        var items = await versions.ItemsAsync(found, cancellationToken);
        Existing = int.TryParse(itemId, out var id) ? items.FirstOrDefault(i => i.Id == id) : null;
        return Existing is null ? NotFound() : null;
    }
}
