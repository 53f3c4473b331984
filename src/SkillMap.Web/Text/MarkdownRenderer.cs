using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;

namespace SkillMap.Web.Text;

/// <summary>
/// The one Markdown pipeline for every text the app renders (help, guidance, plans). Raw HTML is
/// escaped, and because Markdig's DisableHtml still renders [x](javascript:…) as a live link, every
/// link and image is checked against an allowlist: http, https, mailto and same-origin relative
/// paths. Anything else is reduced to its text.
/// </summary>
public sealed partial class MarkdownRenderer
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseReferralLinks("noopener", "noreferrer")
        .Build();

    public IHtmlContent Render(string? markdown) => new HtmlString(ToHtml(markdown));

    public string ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }
        var document = Markdown.Parse(markdown, pipeline);
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            var allowed = link.IsImage ? IsSameOrigin(link.Url) : IsAllowedLink(link.Url);
            if (!allowed)
            {
                ReplaceWithText(link, link.IsImage ? link.FirstChild?.ToString() ?? "" : null);
            }
        }
        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!IsAllowedLink(autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }
        return document.ToHtml(pipeline);
    }

    public static bool IsAllowedLink(string? url)
    {
        var cleaned = Clean(url);
        if (cleaned.Length == 0)
        {
            return true;
        }
        var scheme = SchemePattern().Match(cleaned);
        if (scheme.Success)
        {
            return AllowedSchemes.Contains(scheme.Groups[1].Value.ToLowerInvariant());
        }
        return IsSameOrigin(cleaned);
    }

    /// <summary>A path on this site: no scheme, no protocol-relative //host, no backslash tricks.</summary>
    public static bool IsSameOrigin(string? url)
    {
        var cleaned = Clean(url);
        return !SchemePattern().IsMatch(cleaned)
            && !cleaned.StartsWith("//", StringComparison.Ordinal)
            && !cleaned.Contains('\\');
    }

    // Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:").
    private static string Clean(string? url) => ControlOrSpace().Replace(url ?? "", "");

    private static void ReplaceWithText(LinkInline link, string? text)
    {
        if (text is not null)
        {
            link.ReplaceBy(new LiteralInline(text));
            return;
        }
        var container = new ContainerInline();
        while (link.FirstChild is { } child)
        {
            child.Remove();
            container.AppendChild(child);
        }
        link.ReplaceBy(container);
    }

    [GeneratedRegex(@"^([a-zA-Z][a-zA-Z0-9+.\-]*):")]
    private static partial Regex SchemePattern();

    [GeneratedRegex(@"[\u0000-\u0020\u007F]")]
    private static partial Regex ControlOrSpace();
}
