using SkillMap.Web.Features.Plans.Export;
using SkillMap.Web.Text;

namespace SkillMap.Web.Tests.Features.Plans;

public sealed class MarkdownPlanWriterTests
{
    private static readonly ExportTexts Texts = new()
    {
        Language = "en",
        Headers = ExportRow.Columns,
        Title = "Training plans",
        TeamActions = "Team actions",
        StrengthText = "Share it",
        WorkshopText = "{0}",
        WayOfWorkingText = "{0}",
        Areas = new Dictionary<string, string>(),
        Labels = new Dictionary<string, string>(),
    };

    [Fact]
    public void Names_and_statements_stay_text_and_only_the_action_is_Markdown()
    {
        var row = new ExportRow
        {
            DisplayName = "[Eve](javascript:alert(1)) **boss**",
            Team = "# Ops <b>",
            Round = "R1",
            Item = "Uses `tools` | well",
            ActionType = "training",
            Action = "Read **the runbook**\n- step one\n- step two",
            Status = "planned",
        };
        using var writer = new StringWriter();
        MarkdownPlanWriter.Write(writer, [row], Texts);

        var html = new MarkdownRenderer().ToHtml(writer.ToString());

        Assert.DoesNotContain("<a ", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("[Eve](javascript:alert(1)) **boss**", System.Net.WebUtility.HtmlDecode(html));
        Assert.Contains("<strong>the runbook</strong>", html);
        Assert.Contains("<li>step one</li>", html);
    }

    [Fact]
    public void An_action_without_a_due_date_leaves_the_due_field_out_instead_of_showing_it_empty()
    {
        var undated = new ExportRow { DisplayName = "Eve", Team = "Ops", Round = "R1", Item = "Logic", ActionType = "training", Action = "Read", Owner = "Eve", Status = "planned" };
        var dated = new ExportRow { DisplayName = "Eve", Team = "Ops", Round = "R1", Item = "Logic", ActionType = "training", Action = "Read", Owner = "Eve", Due = "2026-12-31", Status = "planned" };
        using var writer = new StringWriter();

        MarkdownPlanWriter.Write(writer, [undated, dated], Texts);

        var lines = writer.ToString().ReplaceLineEndings("\n").Split('\n');
        Assert.Contains("  owner: Eve · status: planned", lines);
        Assert.Contains("  owner: Eve · due: 2026-12-31 · status: planned", lines);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+81 3", "'+81 3")]
    [InlineData("-x", "'-x")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "'\rcmd")]
    [InlineData("研修 =1", "研修 =1")]
    [InlineData("", "")]
    public void Spreadsheet_cells_that_could_run_as_formulas_are_neutralised(string value, string expected) =>
        Assert.Equal(expected, PlanExportWriter.Neutralise(value));
}
