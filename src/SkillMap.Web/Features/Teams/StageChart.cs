using System.Text.Json;
using System.Text.Json.Serialization;
using SkillMap.Core.Scoring;
using SkillMap.Core.SkillModel;

namespace SkillMap.Web.Features.Teams;

/// <summary>
/// A stage profile as both chart data (a JSON data island read by /js/stage-chart.js) and the
/// accessible table beside it. Both are built from the same rounded numbers, so they always agree;
/// a suppressed value is absent (null), never zero.
/// </summary>
public sealed record StageChart(IReadOnlyList<string> Labels, IReadOnlyList<StageChart.Series> Datasets)
{
    public sealed record Series(string Key, string Label, IReadOnlyList<double?> Data);

    public static readonly Stage[] Stages = Enum.GetValues<Stage>();

    public static Series SeriesOf(string key, string label, StageProfile profile, params Stage[] only) =>
        new(key, label, Stages.Select(s => only.Length > 0 && !only.Contains(s) ? null : Round(profile[s])).ToList());

    private static double? Round(double? value) => value is null ? null : Math.Round(value.Value, 1, MidpointRounding.AwayFromZero);

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>JSON safe to embed in a &lt;script type="application/json"&gt; element: the default encoder escapes &lt; &gt; &amp; and quotes.</summary>
    public string ToJson() => JsonSerializer.Serialize(new { labels = Labels, datasets = Datasets, min = Scale.Min, max = Scale.Max }, Json);
}
