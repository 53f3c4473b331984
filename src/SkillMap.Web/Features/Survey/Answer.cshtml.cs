using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SkillMap.Core.Survey;
using SkillMap.Web.Features.SkillModel;
using SkillMap.Web.Hosting;
using SkillMap.Web.Localization;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Survey;

/// <summary>
/// The rating page of one sheet: one ratee (or the team), items by stage in short pages. Save-and-next
/// is a plain form post that works without JavaScript; survey.js adds autosave of each answer through
/// the Answer handler. A refused post re-renders the page with its message (as the Identity UI does).
/// </summary>
public sealed partial class AnswerModel(
    SurveyQueries survey, AnswerWriter writer, CurrentPerson me, IStringLocalizer<Strings> t, ILogger<AnswerModel> logger, SkillMapMetrics metrics) : PageModel
{
    public const string Next = "next";
    public const string Previous = "previous";

    /// <summary>The page's answers: as stored on a GET, as posted on a POST (read in <see cref="OnPostAsync"/>).</summary>
    public AnswerForm Input { get; set; } = new();

    /// <summary>The query flag Save-and-next redirects with, so the page says "saved" without a TempData cookie.</summary>
    public const string SavedFlag = "saved";

    /// <summary>
    /// "Saved" after Save-and-next. Carried by the redirect's URL rather than TempData: a TempData cookie
    /// costs an encryption on every save and a decryption and a delete on the next page.
    /// </summary>
    public string? StatusMessage { get; private set; }

    public SurveyQueries.SheetView? View { get; private set; }

    public IReadOnlyList<IReadOnlyList<SkillItemRow>> Pages { get; private set; } = [];

    public int PageNumber { get; private set; } = 1;

    public IReadOnlyList<SkillItemRow> PageItems => Pages.Count == 0 ? [] : Pages[PageNumber - 1];

    /// <summary>Answers stored on the other pages: the progress bar adds this page's answers to it.</summary>
    public int AnsweredElsewhere => View is null ? 0 : View.Answers.Keys.Count(id => !PageItems.Any(i => i.Id == id) && View.Items.Any(i => i.Id == id));

    public int Answered => View is null ? 0 : View.Items.Count(i => View.Answers.ContainsKey(i.Id));

    public bool Closed { get; private set; }

    /// <summary>The first problem with an item's answer, or null.</summary>
    public string? ErrorOf(int itemId) =>
        ModelState.ErrorCount > 0 && ModelState.TryGetValue(AnswerForm.FieldName(itemId), out var entry) && entry.Errors.Count > 0
            ? entry.Errors[0].ErrorMessage
            : null;

    /// <summary>
    /// The id of the fieldset on this page a problem refers to (the error summary links to it), or null
    /// for a problem with no item here (a stale page, an item of another survey).
    /// </summary>
    public string? TargetOf(string field)
    {
        foreach (var item in PageItems)
        {
            if (field == AnswerForm.FieldName(item.Id))
            {
                return "item-" + item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        return null;
    }

    /// <summary>
    /// The sheet in the address (the route's int constraint has checked it). The two handlers every rater
    /// calls for every page read their numbers as written rather than through MVC's parameter binding,
    /// which cost a few per cent of each page for two numbers.
    /// </summary>
    private int SheetId => int.Parse((string)RouteData.Values["sheetId"]!, CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnGetAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var sheetId = SheetId;
        // Not a number, or none: the page to resume at.
        int? page = int.TryParse(Request.Query["page"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;
        var view = await survey.LoadAsync(sheetId, me.Id, cancellationToken);
        if (view is null)
        {
            return await NotAvailableAsync(roundId: 0, cancellationToken);
        }
        Show(view, page);
        Input = AnswerForm.From(view, PageNumber);
        if (Request.Query[SavedFlag] == "1")
        {
            StatusMessage = t["Survey.Saved"];
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var sheetId = SheetId;
        Input = await AnswerForm.ReadAsync(Request, nameof(Input), ModelState, MetadataProvider.GetMetadataForType(typeof(AnswerForm)).ModelBindingMessageProvider);
        // The button pressed, from the form already read: through a value provider, this one name cost
        // sorting every field of the page into a prefix tree.
        var go = Request.HasFormContentType ? (string?)Request.Form["go"] : null;
        var sheet = await survey.TargetAsync(sheetId, me.Id, cancellationToken);
        if (sheet is null)
        {
            metrics.SubmissionRefused();
            return await NotAvailableAsync(Input.RoundId, cancellationToken);
        }
        var items = await survey.ItemsForAsync(sheet, cancellationToken);
        var pages = SurveyQueries.PagesOf(items);
        var page = Math.Clamp(Input.Page, 1, pages.Count);
        var answers = Input.Validate(pages[page - 1], requireAll: go != Previous, ModelState, t);
        if (answers is null)
        {
            return await ShowPostedAsync(sheetId, page, cancellationToken);
        }
        if (answers.Count > 0)
        {
            var result = await writer.SaveAsync(new SaveRequest(sheetId, me.Id, Input.Revision, answers, items.Count));
            if (result.Outcome == SaveOutcome.NotOpen)
            {
                metrics.SubmissionRefused();
                return await NotAvailableAsync(Input.RoundId, cancellationToken);
            }
            if (result.Outcome == SaveOutcome.Stale)
            {
                return await StaleAsync(sheetId, page, "", cancellationToken);
            }
            if (result.Outcome == SaveOutcome.Saved)
            {
                metrics.SubmissionSaved();
            }
        }
        var target = go == Previous ? page - 1 : page + 1;
        if (target < 1)
        {
            target = 1;
        }
        if (target > pages.Count)
        {
            // My surveys shows it through TempData, as other pages do; this happens once per sheet.
            TempData["StatusMessage"] = t["Survey.SheetSaved"].Value;
            return Redirect("/surveys");
        }
        // "page" names the Razor page among route values, so the page number goes into the URL by hand.
        return LocalRedirect(answers.Count > 0 ? $"/surveys/{sheetId}?page={target}&{SavedFlag}=1" : $"/surveys/{sheetId}?page={target}");
    }

    private void Show(SurveyQueries.SheetView view, int? page)
    {
        View = view;
        Pages = SurveyQueries.PagesOf(view.Items);
        PageNumber = Math.Clamp(page ?? SurveyPages.ResumePage(Pages, i => view.Answers.ContainsKey(i.Id)), 1, Math.Max(1, Pages.Count));
    }

    /// <summary>Re-renders the posted page with its messages; the posted choices stay as they were.</summary>
    private async Task<IActionResult> ShowPostedAsync(int sheetId, int page, CancellationToken cancellationToken)
    {
        var view = await survey.LoadAsync(sheetId, me.Id, cancellationToken);
        if (view is null)
        {
            return await NotAvailableAsync(Input.RoundId, cancellationToken);
        }
        Show(view, page);
        return Page();
    }

    private async Task<IActionResult> StaleAsync(int sheetId, int page, string handler, CancellationToken cancellationToken)
    {
        metrics.AutosaveConflict(autosave: handler.Length > 0);
        logger.LogInformation("Stale answer post refused on {Route}", SurveyRoute.Page);
        var latest = await survey.LoadAsync(sheetId, me.Id, cancellationToken);
        if (latest is null)
        {
            return await NotAvailableAsync(Input.RoundId, cancellationToken);
        }
        ModelState.Clear();
        Show(latest, page);
        Input = AnswerForm.From(latest, PageNumber);
        ModelState.AddModelError("", t["Survey.Stale"]);
        return Page();
    }

    /// <summary>
    /// A closed round the person took part in gets a clear message (status 200, nothing saved); a sheet
    /// that is not theirs, or no longer exists, gets 404 with a message that tells nothing about it.
    /// </summary>
    private async Task<IActionResult> NotAvailableAsync(int roundId, CancellationToken cancellationToken)
    {
        View = null;
        if (roundId > 0 && await survey.WasInClosedRoundAsync(roundId, me.Id, cancellationToken))
        {
            Closed = true;
            return Page();
        }
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
