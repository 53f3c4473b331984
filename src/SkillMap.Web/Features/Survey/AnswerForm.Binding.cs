using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace SkillMap.Web.Features.Survey;

/// <summary>
/// Binds a posted page straight from the form: <c>Input.Revision</c>, <c>Input.RoundId</c>,
/// <c>Input.Page</c>, <c>Input.Answers[itemId]</c> and <c>Input.Comments[itemId]</c>, the names the page
/// writes. MVC's dictionary binder looked every key up through the value providers' prefix tree and
/// then validated each entry, a large share of a save; the answers are checked item by item in
/// <see cref="AnswerForm.Validate"/> anyway. A number that is not a number is a model error, as MVC
/// reports it; a key that is not an item id is ignored, as MVC ignored it.
/// </summary>
public sealed partial class AnswerForm
{
    public sealed class Binder : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            var request = bindingContext.HttpContext.Request;
            var form = new AnswerForm();
            if (request.HasFormContentType)
            {
                var fields = await request.ReadFormAsync(bindingContext.HttpContext.RequestAborted);
                var prefix = bindingContext.ModelName.Length > 0 ? bindingContext.ModelName + "." : "";
                foreach (var (key, values) in fields)
                {
                    if (!key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }
                    var name = key.AsSpan(prefix.Length);
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
                        form.Revision = Number(bindingContext, key, nameof(Revision), value, form.Revision);
                    }
                    else if (name.Equals(nameof(RoundId), StringComparison.OrdinalIgnoreCase))
                    {
                        form.RoundId = Number(bindingContext, key, nameof(RoundId), value, form.RoundId);
                    }
                    else if (name.Equals(nameof(Page), StringComparison.OrdinalIgnoreCase))
                    {
                        form.Page = Number(bindingContext, key, nameof(Page), value, form.Page);
                    }
                }
            }
            bindingContext.Result = ModelBindingResult.Success(form);
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

        private static int Number(ModelBindingContext context, string key, string property, string? value, int fallback)
        {
            if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }
            var messages = context.ModelMetadata.ModelBindingMessageProvider;
            context.ModelState.TryAddModelError(key, value is null
                ? messages.ValueMustNotBeNullAccessor(value ?? "")
                : messages.AttemptedValueIsInvalidAccessor(value, property));
            return fallback;
        }
    }
}
