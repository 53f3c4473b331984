using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillMap.Web.Features.Audit;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.MyData;

/// <summary>My data: what SkillMap holds about me, explained, and downloadable as one JSON file.</summary>
public sealed class IndexModel(MyDataQuery query, AuditLog audit, CurrentPerson me, TimeProvider clock) : PageModel
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken cancellationToken)
    {
        var data = await query.LoadAsync(me.Id, cancellationToken);
        await audit.RecordAsync(new AuditLog.Entry(AuditAction.MyDataDownloaded, me.Id, "person", me.Id), cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return File(JsonSerializer.SerializeToUtf8Bytes(data, Json), "application/json; charset=utf-8", $"skillmap-my-data-{clock.GetUtcNow():yyyyMMdd}.json");
    }
}
