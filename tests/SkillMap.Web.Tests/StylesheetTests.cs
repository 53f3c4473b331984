using System.Text.RegularExpressions;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests;

/// <summary>
/// A brace lost in a merge once left a print block open, so every rule after it (rounds, plans, the
/// model editor, forms on a phone) applied only on paper. Browsers do not complain; this test does.
/// </summary>
public sealed partial class StylesheetTests
{
    [Fact]
    public void Every_block_of_the_stylesheet_is_closed_and_no_media_block_sits_inside_another()
    {
        var css = Comment().Replace(File.ReadAllText(RepoPaths.Combine("wwwroot", "css", "site.css")), "");
        var open = new Stack<(string Prelude, int Line)>();
        var line = 1;
        var prelude = new System.Text.StringBuilder();
        foreach (var c in css)
        {
            switch (c)
            {
                case '\n':
                    line++;
                    prelude.Append(' ');
                    break;
                case '{':
                    var head = prelude.ToString().Trim();
                    Assert.False(head.StartsWith("@media", StringComparison.Ordinal) && open.Any(o => o.Prelude.StartsWith("@media", StringComparison.Ordinal)),
                        $"line {line}: '{head}' opens inside '{open.FirstOrDefault().Prelude}' (line {open.FirstOrDefault().Line}), which was never closed");
                    open.Push((head, line));
                    prelude.Clear();
                    break;
                case '}':
                    Assert.True(open.Count > 0, $"line {line}: a '}}' closes nothing");
                    open.Pop();
                    prelude.Clear();
                    break;
                case ';':
                    prelude.Clear();
                    break;
                default:
                    prelude.Append(c);
                    break;
            }
        }

        Assert.True(open.Count == 0, $"'{open.LastOrDefault().Prelude}' opened on line {open.LastOrDefault().Line} is never closed");
    }

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();
}
