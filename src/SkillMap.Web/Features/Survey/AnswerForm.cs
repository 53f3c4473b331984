using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using SkillMap.Core.Scoring;
using SkillMap.Web.Features.SkillModel;
using SkillMap.Web.Localization;

namespace SkillMap.Web.Features.Survey;

/// <summary>
/// The posted answers of a sheet: <c>Answers[itemId]</c> is "1"–"5" or "na" (not observed), and
/// <c>Revision</c> is the sheet revision the form was built from.
/// </summary>
public sealed class AnswerForm
{
    public const string NotObserved = "na";

    public int Revision { get; set; }

    public Dictionary<int, string?> Answers { get; set; } = [];

    public static AnswerForm From(SurveyQueries.SheetView sheet) => new()
    {
        Revision = sheet.Revision,
        Answers = sheet.Answers.ToDictionary(a => a.Key, a => (string?)(a.Value?.ToString(CultureInfo.InvariantCulture) ?? NotObserved)),
    };

    public bool IsChecked(int itemId, string value) => Answers.TryGetValue(itemId, out var chosen) && chosen == value;

    public static string FieldName(int itemId) => $"Input.Answers[{itemId}]";

    /// <summary>
    /// Checks every answer against the items on the page. Returns the scores to store (null = not
    /// observed), or null with the problems added to <paramref name="modelState"/>, item by item.
    /// </summary>
    public Dictionary<int, int?>? Validate(IReadOnlyList<SkillItemRow> items, ModelStateDictionary modelState, IStringLocalizer<Strings> t)
    {
        var language = LocalizationServices.Current;
        var onPage = items.ToDictionary(i => i.Id);
        var answers = new Dictionary<int, int?>();
        foreach (var itemId in Answers.Keys.Where(id => !onPage.ContainsKey(id)))
        {
            modelState.AddModelError(FieldName(itemId), t["Survey.Error.UnknownItem"]);
        }
        foreach (var item in items)
        {
            var statement = item.Statement.In(language);
            if (!Answers.TryGetValue(item.Id, out var value) || string.IsNullOrWhiteSpace(value))
            {
                modelState.AddModelError(FieldName(item.Id), t["Survey.Error.Missing", statement]);
            }
            else if (value == NotObserved)
            {
                answers[item.Id] = null;
            }
            else if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var score) && Scale.IsValid(score))
            {
                answers[item.Id] = score;
            }
            else
            {
                modelState.AddModelError(FieldName(item.Id), t["Survey.Error.OutOfRange", statement, Scale.Min, Scale.Max]);
            }
        }
        return modelState.IsValid ? answers : null;
    }
}
