namespace SkillMap.Web.Features.Reports.Charts;

/// <summary>What the chart partials need: the chart, the table's caption and the header of its first column.</summary>
public sealed record ChartTableView(ReportChart Chart, string Caption, string RowHeader, bool Tall = false, bool WithTable = true)
{
    /// <summary>Row headers for the table when the chart's own labels are shortened.</summary>
    public IReadOnlyList<string>? RowLabels { get; init; }
}
