using System.Collections.Concurrent;
using Microsoft.AspNetCore.Html;
using SkillMap.Web.Text;

namespace SkillMap.Web.Features.Survey;

/// <summary>
/// Item help rendered once: the rating page shows the same few dozen help texts to everyone, and
/// Markdown rendering was the largest cost of the page. Keyed by the text itself, so an edited draft
/// item can never show stale help; bounded by the number of distinct texts in the models.
/// </summary>
public sealed class HelpTexts(MarkdownRenderer markdown)
{
    private readonly ConcurrentDictionary<string, IHtmlContent> rendered = new(StringComparer.Ordinal);

    public IHtmlContent Render(string text) => rendered.GetOrAdd(text, t => new HtmlString(markdown.ToHtml(t)));
}
