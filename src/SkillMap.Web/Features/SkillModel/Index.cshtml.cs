using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SkillMap.Core.SkillModel;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.SkillModel;

/// <summary>/admin/model: every version with its status, import of a model file, and the way to compare two versions.</summary>
[Authorize(Policy = Policies.Admin)]
// Above the app's 1 MiB body limit (RequestLimits:MaxBodyBytes), so an oversized model file still
// reaches the page and gets its "larger than 4 MB" message instead of a bare 413.
[RequestSizeLimit(32 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 32 * 1024 * 1024)]
public sealed class IndexModel(ModelVersions versions, ModelDrafts drafts, CurrentPerson me, IStringLocalizer<Strings> t) : PageModel
{
    public IReadOnlyList<ModelVersions.VersionRow> Versions { get; private set; } = [];

    public IReadOnlyList<ModelProblem> ImportProblems { get; private set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Versions = await versions.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        ModelFile.Result? result = null;
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", t["Model.Import.NoFile"]);
        }
        else if (file.Length > ModelFile.MaxBytes)
        {
            // Refused from its declared size, before a byte of it is read.
            result = new ModelFile.Result(null, [], [new ModelProblem(0, null, "file", ModelProblemKind.TooLarge, "4 MB")]);
        }
        else
        {
            await using var stream = file.OpenReadStream();
            result = await ModelFile.ReadAsync(stream, cancellationToken);
        }
        if (result is { Ok: true })
        {
            var number = await drafts.ImportAsync(result.Document!.Name, result.Items, me.Id, cancellationToken);
            StatusMessage = t["Model.Import.Done", number, result.Items.Count];
            return RedirectToPage("Version", new { version = number });
        }
        if (result is not null)
        {
            ImportProblems = result.Problems;
            ModelState.AddModelError("file", t["Model.Import.Refused", result.Problems.Count]);
        }
        Versions = await versions.ListAsync(cancellationToken);
        return Page();
    }
}
