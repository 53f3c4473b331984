using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillMap.Web.Features.Audit;
using SkillMap.Web.Features.Plans.Export;
using SkillMap.Web.Localization;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Plans;

/// <summary>
/// The Markdown export rendered in the app (through MarkdownRenderer) with a print stylesheet; same
/// access as the download, and in the audit log as the download is: printing it is taking the plans out.
/// </summary>
public sealed class DocumentModel(ExportAccess access, PlanExporter exporter, AuditLog audit, CurrentPerson me) : PageModel
{
    public string Markdown { get; private set; } = "";

    public string Query { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int round, int? team, int? person, CancellationToken cancellationToken)
    {
        // The printable view is for one person or one team; the organisation's is a download.
        if ((team is null && person is null) || await access.ScopeAsync(round, team, person, cancellationToken) is not { } scope)
        {
            return NotFound();
        }
        Markdown = await exporter.MarkdownAsync(scope, LocalizationServices.Current, cancellationToken);
        Query = scope.PersonId is { } p ? $"round={round}&person={p}" : $"round={round}&team={scope.TeamId}";
        await audit.RecordAsync(PlanExporter.AuditEntry(scope, ExportFormat.Md, me.Id, " (printable view)"), cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
