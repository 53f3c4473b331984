using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Organisation.Import;

/// <summary>The organisation as a CSV of the import's shape (UTF-8 with BOM), never cached.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class ExportModel(OrganisationExport export, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (content, _) = await export.ExportAsync(cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return File(content, "text/csv; charset=utf-8", $"skillmap-organisation-{clock.GetUtcNow():yyyyMMdd}.csv");
    }
}
