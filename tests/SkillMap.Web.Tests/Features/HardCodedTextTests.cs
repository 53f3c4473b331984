using System.Text;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Razor.Language;
using Microsoft.AspNetCore.Razor.Language.Intermediate;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features;

/// <summary>
/// Every word a person reads comes from Strings.resx / Strings.ja.resx. Each .cshtml file is parsed
/// with the Razor parser; its static markup (text and the attributes people read or hear) may hold
/// only whitespace, punctuation, symbols and numbers, everything else being a Razor expression.
/// </summary>
public sealed class HardCodedTextTests
{
    private const char Hole = '\u0001';

    private static readonly string[] ReadAttributes = ["title", "aria-label", "placeholder", "alt", "aria-description", "aria-roledescription", "aria-valuetext", "label"];

    public static TheoryData<string> Views()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Combine("src", "SkillMap.Web"), "*.cshtml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepoPaths.Root, file));
        }
        return data;
    }

    [Fact]
    public void There_are_views_to_check() => Assert.True(Views().Count >= 10);

    [Theory]
    [MemberData(nameof(Views))]
    public void A_view_has_no_hard_coded_user_visible_text(string view) =>
        Assert.Empty(HardCodedText(File.ReadAllText(Path.Combine(RepoPaths.Root, view))));

    [Theory]
    [InlineData("<p>Hello</p>", "Hello")]
    [InlineData("<button title=\"Close\">@T[\"Close\"]</button>", "title=Close")]
    [InlineData("<input placeholder=\"Name @x\">", "placeholder=Name")]
    [InlineData("@if (x) { <span>保存しました</span> }", "保存しました")]
    [InlineData("<img alt=\"logo\" src=\"/a.png\">", "alt=logo")]
    public void Hard_coded_text_is_found(string razor, string expected) =>
        Assert.Contains(expected, HardCodedText(razor));

    [Theory]
    [InlineData("<p>@T[\"Hello\"]</p>")]
    [InlineData("<p>@Model.Count · @(Model.Total) — 100%</p>")]
    [InlineData("<span aria-hidden=\"true\">→</span> <a href=\"/x\" title=\"@T[\"X\"]\">@T[\"Y\"]</a>")]
    [InlineData("@{ var text = \"not markup\"; }<p>@text</p>")]
    [InlineData("<script type=\"application/json\" id=\"data\">@Html.Raw(json)</script><style>p { color: red; }</style>")]
    [InlineData("@page \"/x\"\n@model Some.Model\n@inject Foo Bar\n<p>@* a comment *@@Bar.Baz</p>")]
    public void Text_from_expressions_punctuation_and_numbers_is_allowed(string razor) =>
        Assert.Empty(HardCodedText(razor));

    /// <summary>The hard-coded pieces of one Razor file: text nodes and read attributes ("title=Close").</summary>
    public static List<string> HardCodedText(string razor)
    {
        var engine = RazorProjectEngine.Create(RazorConfiguration.Default, RazorProjectFileSystem.Create(Path.GetTempPath()), builder =>
        {
            builder.AddDirective(DirectiveDescriptor.CreateSingleLineDirective("page", b => b.AddOptionalStringToken()));
            builder.AddDirective(DirectiveDescriptor.CreateSingleLineDirective("model", b => b.AddTypeToken()));
            builder.AddDirective(DirectiveDescriptor.CreateSingleLineDirective("inject", b => b.AddTypeToken().AddMemberToken()));
            builder.AddDirective(DirectiveDescriptor.CreateSingleLineDirective("namespace", b => b.AddNamespaceToken()));
            builder.AddDirective(DirectiveDescriptor.CreateRazorBlockDirective("section", b => b.AddMemberToken()));
        });
        var source = RazorSourceDocument.Create(razor, "view.cshtml");
        var document = engine.Process(source, FileKinds.Legacy, [], []).GetDocumentIntermediateNode();
        var markup = new StringBuilder();
        var found = new List<string>();
        Walk(document, markup, found);
        var html = new HtmlParser().ParseDocument("<body>" + markup + "</body>");
        foreach (var element in html.Body!.QuerySelectorAll("*").Prepend(html.Body))
        {
            if (element.LocalName is "script" or "style")
            {
                continue;
            }
            foreach (var text in element.ChildNodes.OfType<AngleSharp.Dom.IText>())
            {
                if (!Allowed(text.Data))
                {
                    found.Add(text.Data.Replace(Hole.ToString(), "", StringComparison.Ordinal).Trim());
                }
            }
            foreach (var attribute in element.Attributes.Where(a => ReadAttributes.Contains(a.Name)))
            {
                if (!Allowed(attribute.Value))
                {
                    found.Add($"{attribute.Name}={attribute.Value.Replace(Hole.ToString(), "", StringComparison.Ordinal).Trim()}");
                }
            }
        }
        return found;
    }

    /// <summary>
    /// Writes the file's static HTML in order, with a placeholder for every expression. Attributes that
    /// hold an expression come as their own nodes: their literal parts are checked here.
    /// </summary>
    private static void Walk(IntermediateNode node, StringBuilder markup, List<string> found)
    {
        switch (node)
        {
            case HtmlContentIntermediateNode html:
                foreach (var token in html.Children.OfType<IntermediateToken>())
                {
                    markup.Append(token.Content);
                }
                return;
            case HtmlAttributeIntermediateNode attribute:
                var name = attribute.AttributeName;
                var literal = string.Concat(attribute.Children.OfType<HtmlAttributeValueIntermediateNode>()
                    .SelectMany(v => v.Children.OfType<IntermediateToken>()).Select(t => t.Content));
                if (ReadAttributes.Contains(name) && !Allowed(literal))
                {
                    found.Add($"{name}={literal.Trim()}");
                }
                markup.Append(' ').Append(Hole);
                return;
            case CSharpExpressionIntermediateNode:
                markup.Append(Hole);
                return;
            case CSharpCodeIntermediateNode code:
                foreach (var child in code.Children.Where(c => c is not IntermediateToken))
                {
                    Walk(child, markup, found);
                }
                markup.Append(Hole);
                return;
            case DirectiveIntermediateNode directive when directive.DirectiveName != "section":
                return;
        }
        foreach (var child in node.Children)
        {
            Walk(child, markup, found);
        }
    }

    private static bool Allowed(string text) =>
        text.All(c => c == Hole || char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c) || char.IsDigit(c));
}
