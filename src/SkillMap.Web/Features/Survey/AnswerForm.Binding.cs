using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace SkillMap.Web.Features.Survey;

/// <summary>
/// Reads a posted page straight from the form: <c>Input.Revision</c>, <c>Input.RoundId</c>,
/// <c>Input.Page</c>, <c>Input.Answers[itemId]</c> and <c>Input.Comments[itemId]</c>, the names the page
/// writes. Through MVC's model binding, the dictionary binder looked every key up in the value providers'
/// prefix tree and validated each entry, and even a page shown by GET paid for building those providers;
/// the answers are checked item by item in <see cref="AnswerForm.Validate"/> anyway. A number that is not
/// a number is a model error, worded as MVC words it; a key that is not an item id is ignored, as MVC ignored it.
/// </summary>
public sealed partial class AnswerForm
{
    public static async Task<AnswerForm> ReadAsync(HttpRequest request, string prefix, ModelStateDictionary modelState, ModelBindingMessageProvider messages)
    {
        var form = new AnswerForm();
        if (!request.HasFormContentType)
        {
            return form;
        }
        var fields = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        var start = prefix.Length > 0 ? prefix + "." : "";
        foreach (var (key, values) in fields)
        {
            if (!key.StartsWith(start, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var name = key.AsSpan(start.Length);
            var value = values.Count > 0 && !string.IsNullOrEmpty(values[0]) ? values[0] : null;
            if (ItemKey(name, nameof(Answers)) is { } answerItem)
            {
                form.Answers.TryAdd(answerItem, value);
            }
            else if (ItemKey(name, nameof(Comments)) is { } commentItem)
            {
                form.Comments.TryAdd(commentItem, value);
            }
            else if (name.Equals(nameof(Revision), StringComparison.OrdinalIgnoreCase))
            {
                form.Revision = Number(modelState, messages, key, nameof(Revision), value, form.Revision);
            }
            else if (name.Equals(nameof(RoundId), StringComparison.OrdinalIgnoreCase))
            {
                form.RoundId = Number(modelState, messages, key, nameof(RoundId), value, form.RoundId);
            }
            else if (name.Equals(nameof(Page), StringComparison.OrdinalIgnoreCase))
            {
                form.Page = Number(modelState, messages, key, nameof(Page), value, form.Page);
            }
        }
        return form;
    }

    /// <summary>The item id of <c>Answers[12]</c> when <paramref name="name"/> is one, else null.</summary>
    private static int? ItemKey(ReadOnlySpan<char> name, string dictionary) =>
        name.Length > dictionary.Length + 2
        && name.StartsWith(dictionary, StringComparison.OrdinalIgnoreCase)
        && name[dictionary.Length] == '['
        && name[^1] == ']'
        && int.TryParse(name[(dictionary.Length + 1)..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;

    private static int Number(ModelStateDictionary modelState, ModelBindingMessageProvider messages, string key, string property, string? value, int fallback)
    {
        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }
        modelState.TryAddModelError(key, value is null
            ? messages.ValueMustNotBeNullAccessor(value ?? "")
            : messages.AttemptedValueIsInvalidAccessor(value, property));
        return fallback;
    }
}
