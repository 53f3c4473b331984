using Microsoft.Extensions.Localization;

namespace SkillMap.Web.Features.Reports.Charts;

/// <summary>
/// A sentence or two for screen readers that says what the chart shows: per series its highest and
/// lowest value, and how many values are hidden below the anonymity threshold.
/// </summary>
public static class ChartSummary
{
    public static string For(ReportChart chart, IStringLocalizer t)
    {
        var parts = new List<string>();
        foreach (var series in chart.Datasets.Where(s => s.Points is null))
        {
            var values = series.Data.Select((v, i) => (Value: v, Label: chart.Labels[i])).Where(v => v.Value is not null).ToList();
            if (values.Count == 0)
            {
                parts.Add(t["Chart.Summary.Empty", series.Label]);
                continue;
            }
            var high = values.MaxBy(v => v.Value)!;
            var low = values.MinBy(v => v.Value)!;
            parts.Add(values.Count == 1 || high.Value == low.Value
                ? t["Chart.Summary.One", series.Label, high.Label, chart.Text(high.Value)]
                : t["Chart.Summary.HighLow", series.Label, high.Label, chart.Text(high.Value), low.Label, chart.Text(low.Value)]);
        }
        foreach (var series in chart.Datasets.Where(s => s.Points is not null))
        {
            parts.Add(t["Chart.Summary.Points", series.Label, series.Points!.Count]);
        }
        var hidden = chart.Datasets.Where(s => s.Points is null).Sum(s => s.Data.Count(v => v is null));
        if (hidden > 0)
        {
            parts.Add(t["Chart.Summary.Hidden", hidden]);
        }
        return string.Join(" ", parts);
    }
}
