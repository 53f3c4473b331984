using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SkillMap.Web.Features.Audit;
using SkillMap.Web.Features.Errors;
using SkillMap.Web.Features.Plans.Export;
using SkillMap.Web.Localization;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Plans;

/// <summary>
/// Downloads plans as CSV, XLSX, JSON or Markdown. The file is written to a temporary file that
/// deletes itself when sent, so memory stays flat, and is never cached. Each download is in the audit log.
/// </summary>
public sealed class ExportModel(ExportAccess access, PlanExporter exporter, AuditLog audit, CurrentPerson me, IStringLocalizer<Strings> t) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int round, int? team, int? person, string? format, string? lang, CancellationToken cancellationToken)
    {
        if (await access.ScopeAsync(round, team, person, cancellationToken) is not { } scope)
        {
            return NotFound();
        }
        if (!PlanExporter.TryParseFormat(format, out var parsed))
        {
            return HttpContext.BadRequestPage(t["Plans.Export.BadFormat"]);
        }
        if (lang is not null && !LocalizationServices.Languages.Contains(lang))
        {
            return HttpContext.BadRequestPage(t["Plans.Export.BadLanguage"]);
        }
        var language = lang ?? LocalizationServices.Current;
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        try
        {
            await exporter.WriteAsync(scope, parsed, language, file, cancellationToken);
            file.Position = 0;
            await audit.RecordAsync(PlanExporter.AuditEntry(scope, parsed, me.Id), cancellationToken);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
        Response.Headers.CacheControl = "no-store";
        return File(file, PlanExportWriter.ContentType(parsed), PlanExporter.FileName(scope, language, parsed));
    }
}
