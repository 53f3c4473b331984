using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using SkillMap.Core.Scoring;
using SkillMap.Core.Text;
using SkillMap.Web.Features.SkillModel;
using SkillMap.Web.Localization;

namespace SkillMap.Web.Features.Survey;

/// <summary>
/// A posted page of a sheet: <c>Answers[itemId]</c> is "1"–"5" or "na" (not observed),
/// <c>Comments[itemId]</c> optional text, <c>Revision</c> the sheet revision the form was built from,
/// <c>Page</c> the page shown and <c>RoundId</c> the round (only to explain a refusal after it closed).
/// </summary>
public sealed partial class AnswerForm
{
    public const string NotObserved = "na";

    /// <summary>Characters a person sees (emoji and combining marks count as one), as the schema allows.</summary>
    public const int CommentMaxLength = 1000;

    public int Revision { get; set; }

    public int RoundId { get; set; }

    public int Page { get; set; } = 1;

    public Dictionary<int, string?> Answers { get; set; } = [];

    public Dictionary<int, string?> Comments { get; set; } = [];

    public static AnswerForm From(SurveyQueries.SheetView view, int page) => new()
    {
        Revision = view.Sheet.Revision,
        RoundId = view.Sheet.RoundId,
        Page = page,
        Answers = view.Answers.ToDictionary(a => a.Key, a => (string?)ValueOf(a.Value.Score)),
        Comments = view.Answers.Where(a => a.Value.Comment is not null).ToDictionary(a => a.Key, a => a.Value.Comment),
    };

    public static string ValueOf(int? score) => score?.ToString(CultureInfo.InvariantCulture) ?? NotObserved;

    /// <summary>The value chosen for an item ("1"–"5" or "na"), or null.</summary>
    public string? ChosenOf(int itemId) => Answers.GetValueOrDefault(itemId);

    public string? CommentOf(int itemId) => Comments.GetValueOrDefault(itemId);

    public static string FieldName(int itemId) => $"Input.Answers[{itemId}]";

    public static string CommentName(int itemId) => $"Input.Comments[{itemId}]";

    /// <summary>"1"–"5" is a level, "na" is not observed (null); anything else is not an answer.</summary>
    public static bool TryParseValue(string? value, out int? score)
    {
        score = null;
        if (value == NotObserved)
        {
            return true;
        }
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var level) && Scale.IsValid(level))
        {
            score = level;
            return true;
        }
        return false;
    }

    /// <summary>
    /// Trimmed, null when empty; false when longer than a person may write, or than the column holds
    /// (NVARCHAR(4000) on SQL Server: emoji made of several symbols take several units each).
    /// </summary>
    public static bool TryNormalizeComment(string? comment, out string? normalized)
    {
        normalized = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim().ReplaceLineEndings("\n");
        return VisibleText.Fits(normalized, CommentMaxLength, VisibleText.FreeTextStorage);
    }

    /// <summary>Why a comment was refused: too many characters, or (within the count) too long to store.</summary>
    public static string CommentTooLong(IStringLocalizer<Strings> t, string statement, string? normalized) =>
        VisibleText.Length(normalized) > CommentMaxLength
            ? t["Survey.Error.CommentTooLong", statement, CommentMaxLength]
            : t["Survey.Error.CommentTooLongStored", statement];

    /// <summary>
    /// Checks the answers against the items of the page. With <paramref name="requireAll"/> every item
    /// needs a level or "not observed"; without it, unanswered items are simply left out. Returns the
    /// answers to store, or null with the problems added to <paramref name="modelState"/>, item by item.
    /// </summary>
    public Dictionary<int, SheetAnswer>? Validate(IReadOnlyList<SkillItemRow> items, bool requireAll, ModelStateDictionary modelState, IStringLocalizer<Strings> t)
    {
        var language = LocalizationServices.Current;
        var onPage = items.ToDictionary(i => i.Id);
        var answers = new Dictionary<int, SheetAnswer>();
        foreach (var itemId in Answers.Keys.Concat(Comments.Keys).Where(id => !onPage.ContainsKey(id)).Distinct())
        {
            modelState.AddModelError(FieldName(itemId), t["Survey.Error.UnknownItem"]);
        }
        foreach (var item in items)
        {
            var statement = item.Statement.In(language);
            Answers.TryGetValue(item.Id, out var value);
            if (!TryNormalizeComment(CommentOf(item.Id), out var comment))
            {
                modelState.AddModelError(FieldName(item.Id), CommentTooLong(t, statement, comment));
            }
            else if (string.IsNullOrWhiteSpace(value))
            {
                if (requireAll || comment is not null)
                {
                    modelState.AddModelError(FieldName(item.Id), t["Survey.Error.Missing", statement]);
                }
            }
            else if (TryParseValue(value, out var score))
            {
                answers[item.Id] = new SheetAnswer(score, comment);
            }
            else
            {
                modelState.AddModelError(FieldName(item.Id), t["Survey.Error.OutOfRange", statement, Scale.Min, Scale.Max]);
            }
        }
        return modelState.IsValid ? answers : null;
    }
}
