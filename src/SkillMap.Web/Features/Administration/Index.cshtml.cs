using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Administration;

/// <summary>/admin: where the header's "Administration" leads; every admin area with what it is for.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel : PageModel
{
    /// <summary>An area: its id on this page, its address, and the resource keys of its name and purpose.</summary>
    public sealed record Area(string Id, string Address, string Name, string Purpose, string? ExtraAddress = null, string? ExtraName = null);

    public static readonly IReadOnlyList<Area> Areas =
    [
        new("admin-rounds", "/admin/rounds", "Layout.Rounds", "Admin.Rounds"),
        new("admin-model", "/admin/model", "Layout.SkillModel", "Admin.Model"),
        new("admin-teams", "/admin/teams", "Layout.TeamsAndPeople", "Admin.Teams", "/admin/people", "People.Title"),
        new("admin-import", "/admin/organisation/import", "Layout.ImportExport", "Admin.Import", "/admin/organisation/export", "Export.Link"),
        new("admin-organisation", "/reports/organisation", "Layout.Organisation", "Admin.Organisation"),
        new("admin-audit", "/admin/audit", "Layout.Audit", "Admin.Audit"),
        new("admin-metrics", "/admin/metrics", "Metrics.Title", "Admin.Metrics"),
    ];

    public void OnGet()
    {
    }
}
