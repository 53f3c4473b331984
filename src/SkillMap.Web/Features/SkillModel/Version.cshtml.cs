using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.SkillModel;

/// <summary>
/// /admin/model/{version}: one version's items in display order. A draft's items can be added, edited,
/// moved and retired here; a published version offers "edit as a new draft" and retirement.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class VersionModel(ModelVersions versions, ModelDrafts drafts, CurrentPerson me, IStringLocalizer<Strings> t) : PageModel
{
    public ModelVersions.VersionRow Version { get; private set; } = null!;

    public IReadOnlyList<SkillItemRow> Items { get; private set; } = [];

    /// <summary>Items of the version this draft was copied from that the draft no longer has.</summary>
    public IReadOnlyList<SkillItemRow> RetiredFromBase { get; private set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int version, CancellationToken cancellationToken) =>
        await LoadAsync(version, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostCopyAsync(int version, CancellationToken cancellationToken) =>
        WithVersionAsync(version, draftOnly: false, async () =>
        {
            var number = await drafts.CopyAsync(Version, Items.Select(i => i.ToSkillItem()).ToList(), me.Id, cancellationToken);
            StatusMessage = t["Model.Draft.Created", number, Version.Version];
            return RedirectToPage(new { version = number });
        });

    public Task<IActionResult> OnPostMoveAsync(int version, int itemId, int direction, CancellationToken cancellationToken) =>
        WithVersionAsync(version, draftOnly: true, async () =>
        {
            await drafts.MoveAsync(Version, itemId, direction, me.Id, cancellationToken);
            return Redirect($"/admin/model/{version}#item-{itemId}");
        });

    public Task<IActionResult> OnPostRetireItemAsync(int version, int itemId, CancellationToken cancellationToken) =>
        WithVersionAsync(version, draftOnly: true, async () =>
        {
            var item = Items.FirstOrDefault(i => i.Id == itemId);
            if (item is null || !await drafts.RetireItemAsync(Version, itemId, me.Id, cancellationToken))
            {
                return NotFound();
            }
            StatusMessage = t["Model.Item.Retired", item.ItemKey];
            return RedirectToPage(new { version });
        });

    public Task<IActionResult> OnPostRestoreAsync(int version, string key, CancellationToken cancellationToken) =>
        WithVersionAsync(version, draftOnly: true, async () =>
        {
            var item = RetiredFromBase.FirstOrDefault(i => i.ItemKey == key);
            if (item is null || !await drafts.RestoreItemAsync(Version, item.ToSkillItem(), me.Id, cancellationToken))
            {
                return NotFound();
            }
            StatusMessage = t["Model.Item.Restored", key];
            return RedirectToPage(new { version });
        });

    public Task<IActionResult> OnPostDeleteAsync(int version, bool confirm, CancellationToken cancellationToken) =>
        WithVersionAsync(version, draftOnly: true, async () =>
        {
            if (!confirm)
            {
                ModelState.AddModelError("confirm", t["Model.Draft.DeleteConfirmNeeded"]);
                return Page();
            }
            await drafts.DeleteDraftAsync(Version, me.Id, cancellationToken);
            StatusMessage = t["Model.Draft.Deleted", version];
            return RedirectToPage("Index");
        });

    private async Task<IActionResult> WithVersionAsync(int version, bool draftOnly, Func<Task<IActionResult>> action)
    {
        if (!await LoadAsync(version, HttpContext.RequestAborted))
        {
            return NotFound();
        }
        if (draftOnly && !Version.IsDraft)
        {
            StatusMessage = t["Model.NotDraft", version];
            return RedirectToPage(new { version });
        }
        return await action();
    }

    private async Task<bool> LoadAsync(int version, CancellationToken cancellationToken)
    {
        var found = await versions.FindAsync(version, cancellationToken);
        if (found is null)
        {
            return false;
        }
        Version = found;
        Items = await versions.ItemsAsync(found, cancellationToken);
        if (found is { IsDraft: true, BasedOnVersion: { } basedOn } && await versions.FindAsync(basedOn, cancellationToken) is { } baseVersion)
        {
            var keys = Items.Select(i => i.ItemKey).ToHashSet();
            RetiredFromBase = (await versions.ItemsAsync(baseVersion, cancellationToken)).Where(i => !keys.Contains(i.ItemKey)).ToList();
        }
        return true;
    }
}
