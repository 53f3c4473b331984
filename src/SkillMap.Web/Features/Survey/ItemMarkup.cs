using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;
using SkillMap.Web.Features.SkillModel;
using SkillMap.Web.Localization;

namespace SkillMap.Web.Features.Survey;

/// <summary>
/// The markup of an item on the rating page that is the same for every rater in one language: the
/// statement with the other language a click away, the five levels with their anchors, "not observed",
/// the help and the comment's labels, encoded once. Rendering these piece by piece, with a localizer
/// look-up and a partial view per item, was most of the page's cost. What differs per rater (the
/// chosen level, the comment, an error) stays in Answer.cshtml.
/// </summary>
public sealed class ItemMarkup
{
    /// <summary>The radio values in page order: levels 1–5, then "not observed".</summary>
    private static readonly string[] Values = ["1", "2", "3", "4", "5", AnswerForm.NotObserved];

    private readonly HtmlString[] choices;
    private readonly HtmlString[] chosen;

    private ItemMarkup(SkillItemRow item, string language, IStringLocalizer t, HelpTexts help, HtmlEncoder html)
    {
        string E(string text) => html.Encode(text);
        string In(string key, params object[] arguments) => t.In(language, key, arguments);
        var other = Labels.Other(language);
        var statement = item.Statement;
        Statement = new HtmlString(
            $"<legend>\n<span class=\"statement\">{E(statement.In(language))}</span>\n</legend>\n" +
            $"<details class=\"other-language\" lang=\"{other}\">\n<summary>{E(t.In(other, "Model.ShowInThisLanguage"))}</summary>\n" +
            $"<p>{E(statement.In(other))}</p>\n</details>");
        var field = E(AnswerForm.FieldName(item.Id));
        choices = new HtmlString[Values.Length];
        chosen = new HtmlString[Values.Length];
        for (var i = 0; i < Values.Length; i++)
        {
            var level = i + 1;
            var text = Values[i] == AnswerForm.NotObserved
                ? $"<span class=\"anchor\">{E(In("Scale.NotObserved"))}</span>"
                : $"<span class=\"level-number\">{level}</span>\n" + (item.Anchor(level) is { } anchor
                    ? $"<span class=\"anchor\">{E(anchor.In(language))}</span>"
                    : $"<span class=\"anchor between\">{E(In("Scale.Between", level - 1, level + 1))}</span>");
            var label = Values[i] == AnswerForm.NotObserved ? "level not-observed" : $"level level-{level}";
            choices[i] = new HtmlString($"<label class=\"{label}\">\n<input type=\"radio\" name=\"{field}\" value=\"{Values[i]}\">\n{text}\n</label>\n");
            chosen[i] = new HtmlString($"<label class=\"{label}\">\n<input type=\"radio\" name=\"{field}\" value=\"{Values[i]}\" checked=\"checked\">\n{text}\n</label>\n");
        }
        Help = new HtmlString(
            $"<details class=\"help\" id=\"help-{item.Id}\">\n<summary>{E(In("Survey.Help"))}</summary>\n" +
            $"{((HtmlString)help.Render(item.Help.In(language))).Value}\n</details>");
        CommentLabels = new HtmlString(
            $"<summary>{E(In("Survey.Comment.Add"))}</summary>\n<label for=\"comment-{item.Id}\">{E(In("Survey.Comment.Label"))}</label>");
    }

    /// <summary>The legend (the statement) and the statement in the other language.</summary>
    public IHtmlContent Statement { get; }

    public IHtmlContent Help { get; }

    /// <summary>The comment box's summary and its label.</summary>
    public IHtmlContent CommentLabels { get; }

    /// <summary>The six labelled radio buttons, <paramref name="value"/> ("1"–"5", "na" or anything else: none) checked.</summary>
    public IHtmlContent Scale(string? value)
    {
        var builder = new HtmlContentBuilder(Values.Length);
        for (var i = 0; i < Values.Length; i++)
        {
            builder.AppendHtml(Values[i] == value ? chosen[i] : choices[i]);
        }
        return builder;
    }

    /// <summary>
    /// The markup of each item per language, kept beside the item object itself: the items of a published
    /// model version are read once and never change (<see cref="ModelItems"/>), and a draft's items are new
    /// objects on every read, so nothing stale can be shown. Strings come from the resources, fixed for the
    /// life of the process.
    /// </summary>
    public sealed class Cache(IStringLocalizer<Strings> t, HelpTexts help, HtmlEncoder html)
    {
        private readonly ConditionalWeakTable<SkillItemRow, ItemMarkup[]> byItem = new();

        public ItemMarkup For(SkillItemRow item, string language)
        {
            var index = language == "en" ? 1 : 0;
            var pair = byItem.GetValue(item, _ => new ItemMarkup[2]);
            return Volatile.Read(ref pair[index]) ?? (pair[index] = new ItemMarkup(item, language, t, help, html));
        }
    }
}
