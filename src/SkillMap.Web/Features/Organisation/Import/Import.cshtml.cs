using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SkillMap.Core.Organisation.Import;
using SkillMap.Web.Localization;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Organisation.Import;

/// <summary>
/// CSV import in two steps: upload shows a preview (what will be created or changed, and every problem
/// by line and column); apply posts the same text back and lands all of it or nothing. The text travels
/// in the form, so any app instance can apply it and nothing is stored in between.
/// </summary>
[Authorize(Policy = Policies.Admin)]
[RequestSizeLimit(RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestLimit, ValueLengthLimit = RequestLimit)]
public sealed class ImportModel(OrganisationImport import, IStringLocalizer<Strings> t) : PageModel
{
    // 32 MB, far above the app's 1 MiB for other pages: apply posts the text back (Shift_JIS grows by half
    // as UTF-8), and a file somewhat over the 4 MB file limit must still reach the page to get its
    // "larger than 4 MB" message rather than the 413 page.
    private const int RequestLimit = 8 * OrganisationCsv.MaxBytes;

    [TempData]
    public string? StatusMessage { get; set; }

    public ImportPlan? Plan { get; private set; }

    public IReadOnlyList<ImportProblem> Problems { get; private set; } = [];

    public string? FileError { get; private set; }

    public string? EncodingName { get; private set; }

    public string CsvText { get; private set; } = "";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? upload, CancellationToken cancellationToken)
    {
        if (upload is null)
        {
            FileError = t["Import.Error.NoFile"];
            return Page();
        }
        if (upload.Length > OrganisationCsv.MaxBytes)
        {
            FileError = t["Import.Error.TooLarge", OrganisationCsv.MaxBytes / 1024 / 1024];
            return Page();
        }
        using var buffer = new MemoryStream();
        await upload.CopyToAsync(buffer, cancellationToken);
        var (file, error) = OrganisationCsv.Decode(buffer.ToArray());
        if (file is null)
        {
            FileError = t[error!, OrganisationCsv.MaxBytes / 1024 / 1024];
            return Page();
        }
        EncodingName = file.EncodingName;
        return await PreviewAsync(file.Text, cancellationToken);
    }

    public async Task<IActionResult> OnPostApplyAsync(string? content, string? fingerprint, CancellationToken cancellationToken)
    {
        var parsed = OrganisationCsv.Parse(content ?? "");
        if (parsed.Problems.Count > 0 || string.IsNullOrEmpty(fingerprint))
        {
            return await PreviewAsync(content ?? "", cancellationToken);
        }
        var (outcome, plan) = await import.ApplyAsync(parsed.Rows, fingerprint, cancellationToken);
        if (outcome == OrganisationImport.Outcome.Applied)
        {
            StatusMessage = t["Import.Applied", plan.Creates, plan.Updates, plan.NewTeams.Count(), plan.NewUnits.Count];
            return RedirectToPage();
        }
        if (outcome == OrganisationImport.Outcome.ChangedSincePreview)
        {
            ModelState.AddModelError("", t["Import.ChangedSincePreview"]);
        }
        CsvText = content!;
        Plan = plan;
        Problems = plan.Problems;
        return Page();
    }

    private async Task<IActionResult> PreviewAsync(string text, CancellationToken cancellationToken)
    {
        CsvText = text;
        var parsed = OrganisationCsv.Parse(text);
        if (parsed.Problems.Count > 0 && parsed.Rows.Count == 0)
        {
            Problems = parsed.Problems;
            return Page();
        }
        Plan = await import.PreviewAsync(parsed.Rows, cancellationToken);
        Problems = parsed.Problems.Concat(Plan.Problems).OrderBy(p => p.Line).ToList();
        return Page();
    }

    /// <summary>A problem in the reader's language: "Import.Problem.email-invalid" with its arguments.</summary>
    public string Describe(ImportProblem problem) => t["Import.Problem." + problem.Code, problem.Args.Cast<object>().ToArray()];
}
