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
