using AngleSharp.Html.Parser;
using SkillMap.Web.Text;

namespace SkillMap.Web.Tests.Text;

public sealed class MarkdownRendererTests
{
    private static readonly MarkdownRenderer Renderer = new();

    private static AngleSharp.Html.Dom.IHtmlDocument Render(string markdown) =>
        new HtmlParser().ParseDocument("<body>" + Renderer.ToHtml(markdown) + "</body>");

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    public void Raw_html_is_shown_as_text_not_markup(string markdown)
    {
        var document = Render(markdown);

        Assert.Empty(document.QuerySelectorAll("script, img, iframe, a"));
        Assert.Contains("<", document.Body!.TextContent);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JavaScript:alert(1))")]
    [InlineData("[click](java\tscript:alert(1))")]
    [InlineData("[click](&#106;avascript:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[click](vbscript:msgbox(1))")]
    [InlineData("[click](//evil.example/path)")]
    [InlineData("[click](/\\evil.example)")]
    [InlineData("<javascript:alert(1)>")]
    public void Dangerous_links_lose_their_target_but_keep_their_text(string markdown)
    {
        var document = Render(markdown);

        Assert.Empty(document.QuerySelectorAll("a"));
        Assert.DoesNotContain("javascript", document.Body!.InnerHtml.Replace("javascript:alert(1)", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("[docs](https://example.com/runbook)", "https://example.com/runbook")]
    [InlineData("[docs](http://example.com/)", "http://example.com/")]
    [InlineData("[mail](mailto:ops@example.com)", "mailto:ops@example.com")]
    [InlineData("[team](/teams/1)", "/teams/1")]
    [InlineData("[anchor](#levels)", "#levels")]
    public void Safe_links_stay_links(string markdown, string href)
    {
        var link = Render(markdown).QuerySelector("a");

        Assert.Equal(href, link?.GetAttribute("href"));
    }

    [Fact]
    public void Images_from_another_origin_are_not_loaded()
    {
        var document = Render("![tracking pixel](https://evil.example/p.png)");

        Assert.Empty(document.QuerySelectorAll("img"));
        Assert.Contains("tracking pixel", document.Body!.TextContent);
    }

    [Fact]
    public void Generic_attributes_are_not_interpreted()
    {
        var document = Render("# Title {onclick=alert(1) .x}");

        Assert.Null(document.QuerySelector("[onclick]"));
    }

    [Fact]
    public void Ordinary_markdown_still_works_in_both_languages()
    {
        var document = Render("**手順書**を更新する\n\n- check the *rollback*\n- 切り戻しを確認");

        Assert.Equal("手順書", document.QuerySelector("strong")?.TextContent);
        Assert.Equal(2, document.QuerySelectorAll("li").Length);
    }
}
