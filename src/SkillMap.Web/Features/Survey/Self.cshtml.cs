using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SkillMap.Core.SkillModel;
using SkillMap.Web.Features.SkillModel;
using SkillMap.Web.Hosting;
using SkillMap.Web.Localization;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Survey;

/// <summary>
/// The self-assessment of an open round: every personal item on a 1–5 scale or "not observed".
/// A refused post re-renders the form with its message (status 200, as the Identity UI pages do),
/// so a browser shows the explanation rather than an error.
/// </summary>
public sealed class SelfModel(SurveyQueries survey, ModelItems model, CurrentPerson me, IStringLocalizer<Strings> t, SkillMapMetrics metrics) : PageModel
{
    [BindProperty]
    public AnswerForm Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public SurveyQueries.OpenRound Round { get; private set; } = null!;

    public IReadOnlyList<SkillItemRow> Items { get; private set; } = [];

    public bool Closed { get; private set; }

    public async Task<IActionResult> OnGetAsync(int roundId, CancellationToken cancellationToken)
    {
        var sheet = await survey.LoadAsync(SheetKey.Self(roundId, me.Id), cancellationToken);
        if (sheet is null)
        {
            return await NotOpenAsync(roundId, cancellationToken);
        }
        await ShowAsync(sheet, cancellationToken);
        Input = AnswerForm.From(sheet);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int roundId, CancellationToken cancellationToken)
    {
        var key = SheetKey.Self(roundId, me.Id);
        var sheet = await survey.LoadAsync(key, cancellationToken);
        if (sheet is null)
        {
            return await NotOpenAsync(roundId, cancellationToken);
        }
        await ShowAsync(sheet, cancellationToken);
        var answers = Input.Validate(Items, ModelState, t);
        if (answers is null)
        {
            return Page();
        }
        var (outcome, revision) = await survey.SaveAsync(key, Input.Revision, answers, cancellationToken);
        switch (outcome)
        {
            case SaveOutcome.Saved or SaveOutcome.AlreadySaved:
                if (outcome == SaveOutcome.Saved)
                {
                    metrics.SubmissionSaved();
                }
                StatusMessage = t["Survey.Saved"];
                return RedirectToPage(new { roundId });
            case SaveOutcome.Stale:
                metrics.AutosaveConflict();
                var latest = (await survey.LoadAsync(key, cancellationToken))!;
                ModelState.Clear();
                Input = AnswerForm.From(latest);
                ModelState.AddModelError("", t["Survey.Stale"]);
                return Page();
            default:
                return await NotOpenAsync(roundId, cancellationToken);
        }
    }

    private async Task ShowAsync(SurveyQueries.SheetView sheet, CancellationToken cancellationToken)
    {
        Round = sheet.Round;
        var all = await model.ForVersionAsync(sheet.Round.ModelVersionId, cancellationToken);
        Items = all.Where(i => i.Scope == Scope.Person && (sheet.Round.Form != "core" || i.IsCore)).ToList();
    }

    /// <summary>A closed round the person took part in gets a clear message; anything else does not exist for them.</summary>
    private async Task<IActionResult> NotOpenAsync(int roundId, CancellationToken cancellationToken)
    {
        if (!await survey.WasInRoundAsync(roundId, me.Id, cancellationToken))
        {
            return NotFound();
        }
        Closed = true;
        return Page();
    }
}
