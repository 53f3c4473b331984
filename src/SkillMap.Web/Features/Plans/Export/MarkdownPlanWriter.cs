using System.Text;
using System.Text.RegularExpressions;

namespace SkillMap.Web.Features.Plans.Export;

/// <summary>
/// The export as a Markdown document: a heading per team and per person, an entry per action with the
/// action's own Markdown indented beneath it. Names and statements are escaped, so only an action's
/// body is read as Markdown; the app renders this file only through MarkdownRenderer.
/// </summary>
public static partial class MarkdownPlanWriter
{
    public static void Write(Stream output, IEnumerable<ExportRow> rows, ExportTexts texts)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
        Write(writer, rows, texts);
    }

    public static void Write(TextWriter writer, IEnumerable<ExportRow> rows, ExportTexts texts)
    {
        var h = texts.Headers;
        string? round = null, team = null, person = null;
        var teamSection = false;
        foreach (var row in rows)
        {
            if (round is null)
            {
                round = row.Round;
                writer.WriteLine($"# {Escape(texts.Title)}: {Escape(row.Round)}");
                writer.WriteLine();
            }
            if (row.Team != team)
            {
                team = row.Team;
                person = null;
                teamSection = false;
                writer.WriteLine($"## {Escape(row.Team)}");
                writer.WriteLine();
            }
            if (row.ActionType == "team")
            {
                if (!teamSection)
                {
                    teamSection = true;
                    writer.WriteLine($"### {Escape(texts.TeamActions)}");
                    writer.WriteLine();
                }
            }
            else if (row.EmployeeNumber + "\n" + row.Email + "\n" + row.DisplayName != person)
            {
                person = row.EmployeeNumber + "\n" + row.Email + "\n" + row.DisplayName;
                var number = row.EmployeeNumber.Length > 0 ? $" ({Escape(row.EmployeeNumber)})" : "";
                writer.WriteLine($"### {Escape(row.DisplayName)}{number}");
                writer.WriteLine();
            }
            var item = row.Item.Length > 0 ? Escape(row.Item) : Escape(texts.Label(row.ActionType));
            writer.WriteLine($"- **{Escape(texts.Label(row.ActionType))}: {item}**");
            // A field with no value (no owner, no due date yet) is left out, not shown as "due: ·".
            var facts = new[] { (h[10], row.Owner), (h[11], row.Due), (h[12], texts.Label(row.Status)) }
                .Where(f => !string.IsNullOrWhiteSpace(f.Item2))
                .Select(f => $"{Escape(f.Item1)}: {Escape(f.Item2)}");
            writer.WriteLine("  " + string.Join(" · ", facts));
            writer.WriteLine();
            foreach (var line in row.Action.ReplaceLineEndings("\n").Split('\n'))
            {
                writer.WriteLine(line.Length == 0 ? "" : "  " + line);
            }
            writer.WriteLine();
        }
        if (round is null)
        {
            writer.WriteLine($"# {Escape(texts.Title)}");
        }
    }

    /// <summary>Backslash-escapes every character Markdown could read as syntax, so a name stays a name.</summary>
    public static string Escape(string text) => Syntax().Replace(text.ReplaceLineEndings(" "), @"\$0");

    [GeneratedRegex(@"[\\`*_\[\]<>|~#]")]
    private static partial Regex Syntax();
}
