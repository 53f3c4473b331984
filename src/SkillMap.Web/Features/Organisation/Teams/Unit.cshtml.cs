using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SkillMap.Core.Organisation;
using SkillMap.Core.Organisation.Import;
using SkillMap.Web.Localization;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Organisation.Teams;

/// <summary>One unit: rename it, move it under another unit, or archive it once nothing active sits below.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class UnitModel(TeamQueries queries, UnitCommands commands, IStringLocalizer<Strings> t) : PageModel
{
    [BindProperty]
    public UnitInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public ExistingUnit Unit { get; private set; } = null!;

    public IReadOnlyList<ExistingUnit> Units { get; private set; } = [];

    public UnitTree Tree { get; private set; } = new([]);

    public async Task<IActionResult> OnGetAsync(int unitId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(unitId, cancellationToken))
        {
            return NotFound();
        }
        Input = new UnitInput { Name = Unit.Name, ParentId = Unit.ParentId };
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int unitId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(unitId, cancellationToken))
        {
            return NotFound();
        }
        var name = FieldRules.Text(ModelState, t, "Input.Name", Input.Name, t["Units.Name"], required: true);
        if (ModelState.IsValid)
        {
            if (await commands.UpdateAsync(unitId, name!, Input.ParentId, cancellationToken) is not { } error)
            {
                StatusMessage = t["Units.Saved"];
                return RedirectToPage(new { unitId });
            }
            ModelState.AddModelError("Input.ParentId", t[error, name!]);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostArchiveAsync(int unitId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(unitId, cancellationToken))
        {
            return NotFound();
        }
        if (await commands.ArchiveAsync(unitId, cancellationToken) is { } error)
        {
            ModelState.AddModelError("", t[error]);
            Input = new UnitInput { Name = Unit.Name, ParentId = Unit.ParentId };
            return Page();
        }
        StatusMessage = t["Units.ArchivedDone"];
        return RedirectToPage("/Organisation/Teams/Units");
    }

    private async Task<bool> LoadAsync(int unitId, CancellationToken cancellationToken)
    {
        Units = await queries.UnitsAsync(cancellationToken);
        Tree = new UnitTree(Units);
        Unit = Units.FirstOrDefault(u => u.Id == unitId)!;
        return Unit is not null;
    }
}
