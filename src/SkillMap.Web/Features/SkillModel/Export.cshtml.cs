using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.SkillModel;

/// <summary>/admin/model/{version}/export: the version as a download, in the same format as <c>model export</c>.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class ExportModel(ModelVersions versions) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int version, CancellationToken cancellationToken)
    {
        if (await versions.FindAsync(version, cancellationToken) is not { } found)
        {
            return NotFound();
        }
        var json = (await versions.DocumentAsync(found, cancellationToken)).ToJson();
        return File(new UTF8Encoding(false).GetBytes(json), "application/json; charset=utf-8", $"skillmap-model-v{found.Version}.json");
    }
}
