using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SkillMap.Core.Organisation;
using SkillMap.Core.Organisation.Import;
using SkillMap.Web.Localization;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Organisation.Teams;

/// <summary>The units above teams (部 → 課), so the organisation view can roll small teams up.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class UnitsModel(TeamQueries queries, UnitCommands commands, IStringLocalizer<Strings> t) : PageModel
{
    [BindProperty]
    public UnitInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public IReadOnlyList<ExistingUnit> Units { get; private set; } = [];

    public UnitTree Tree { get; private set; } = new([]);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var name = FieldRules.Text(ModelState, t, "Input.Name", Input.Name, t["Units.Name"], required: true);
        if (ModelState.IsValid)
        {
            var (unitId, error) = await commands.CreateAsync(name!, Input.ParentId, cancellationToken);
            if (unitId is not null)
            {
                StatusMessage = t["Units.Created", name!];
                return RedirectToPage();
            }
            ModelState.AddModelError("Input.Name", t[error!, name!]);
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Units = await queries.UnitsAsync(cancellationToken);
        Tree = new UnitTree(Units);
    }
}

public sealed class UnitInput
{
    public string? Name { get; set; }

    public int? ParentId { get; set; }
}
