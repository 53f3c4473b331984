using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillMap.Core.SkillModel;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.SkillModel;

/// <summary>/admin/model/compare?from=1&amp;to=2: items added, removed and reworded between two versions, in both languages.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class CompareModel(ModelVersions versions) : PageModel
{
    public ModelVersions.VersionRow From { get; private set; } = null!;

    public ModelVersions.VersionRow To { get; private set; } = null!;

    public IReadOnlyList<ItemChange> Changes { get; private set; } = [];

    public int Unchanged { get; private set; }

    public IEnumerable<ItemChange> Of(ItemChangeKind kind) => Changes.Where(c => c.Kind == kind);

    public async Task<IActionResult> OnGetAsync(int from, int to, CancellationToken cancellationToken)
    {
        if (await versions.FindAsync(from, cancellationToken) is not { } before || await versions.FindAsync(to, cancellationToken) is not { } after)
        {
            return NotFound();
        }
        From = before;
        To = after;
        var beforeItems = (await versions.ItemsAsync(before, cancellationToken)).Select(r => r.ToSkillItem()).ToList();
        var afterItems = (await versions.ItemsAsync(after, cancellationToken)).Select(r => r.ToSkillItem()).ToList();
        Changes = ModelComparison.Compare(beforeItems, afterItems);
        Unchanged = afterItems.Count - Changes.Count(c => c.Kind != ItemChangeKind.Removed);
        return Page();
    }

    /// <summary>The before and after texts of a changed field (three for the anchors); none for fields that are not texts.</summary>
    public static IEnumerable<(string CaptionKey, int Level, Bilingual Before, Bilingual After)> Texts(ItemChange change, string field)
    {
        var (before, after) = (change.Before!, change.After!);
        return field switch
        {
            "statement" => [("Model.Field.statement", 0, before.Statement, after.Statement)],
            "help" => [("Model.Field.help", 0, before.Help, after.Help)],
            "development" => [("Model.Field.development", 0, before.Development, after.Development)],
            "anchors" => new[] { (1, before.Anchor1, after.Anchor1), (3, before.Anchor3, after.Anchor3), (5, before.Anchor5, after.Anchor5) }
                .Where(a => a.Item2 != a.Item3)
                .Select(a => ("Model.Item.Anchor", a.Item1, a.Item2, a.Item3)),
            _ => [],
        };
    }
}
