using Microsoft.Extensions.Localization;

namespace SkillMap.Web.Features.Reports.Charts;

/// <summary>
/// A few sentences for screen readers that say what the chart shows: every value of a short series,
/// the highest and lowest of a long one, and how many values are hidden below the anonymity threshold.
/// </summary>
public static class ChartSummary
{
    /// <summary>Up to this many labels, every value is read out.</summary>
    public const int ReadAllUpTo = 8;

    public static string For(ReportChart chart, IStringLocalizer t)
    {
        var parts = new List<string>();
        foreach (var series in chart.Datasets.Where(s => s.Points is null))
        {
            var values = series.Data.Select((v, i) => (Value: v, Label: chart.Labels[i])).Where(v => v.Value is not null).ToList();
            if (values.Count == 0)
            {
                parts.Add(t["Chart.Summary.Empty", series.Label]);
            }
            else if (chart.Labels.Count <= ReadAllUpTo)
            {
                parts.Add(t["Chart.Summary.All", series.Label, string.Join(t["Chart.Summary.Separator"], values.Select(v => t["Chart.Summary.Value", v.Label, chart.Text(v.Value)]))]);
            }
            else
            {
                var high = values.MaxBy(v => v.Value)!;
                var low = values.MinBy(v => v.Value)!;
                parts.Add(t["Chart.Summary.HighLow", series.Label, high.Label, chart.Text(high.Value), low.Label, chart.Text(low.Value)]);
            }
        }
        foreach (var series in chart.Datasets.Where(s => s.Points is not null && !s.Line))
        {
            parts.Add(t["Chart.Summary.Points", series.Label, series.Points!.Count]);
        }
        var hidden = chart.Datasets.Where(s => s.Points is null).Sum(s => Enumerable.Range(0, s.Data.Count).Count(s.IsHidden));
        if (hidden > 0)
        {
            parts.Add(t["Chart.Summary.Hidden", hidden]);
        }
        return string.Join(SkillMap.Web.Localization.LocalizationServices.SentenceGap, parts);
    }
}
