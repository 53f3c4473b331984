using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SkillMap.Web.Features.Reports.Charts;

/// <summary>
/// One chart as both the JSON data island /js/report-charts.js draws from and the accessible table
/// beside it. Both come from the same rounded numbers, so they always agree; a suppressed value is
/// null in the JSON and "—" in the table, never zero. Ids: canvas <c>Id</c>, island <c>Id-data</c>,
/// table <c>Id-table</c>, text summary <c>Id-summary</c>.
/// </summary>
public sealed record ReportChart
{
    public required string Id { get; init; }

    /// <summary>The table's id; <c>Id-table</c> unless a page promised another one.</summary>
    public string? TableId { get; init; }

    public string TableElementId => TableId ?? Id + "-table";

    /// <summary>bar, stacked (horizontal stacked bars), radar, line or scatter.</summary>
    public required string Type { get; init; }

    public required IReadOnlyList<string> Labels { get; init; }

    public required IReadOnlyList<ChartSeries> Datasets { get; init; }

    public double Min { get; init; }

    public double? Max { get; init; } = 5;

    /// <summary>How the table writes a value: "0.0" for means, "0" for counts.</summary>
    public string Format { get; init; } = "0.0";

    /// <summary>For scatter charts: the axis titles.</summary>
    public string? XTitle { get; init; }

    public string? YTitle { get; init; }

    public static double? Mean(double? value) => value is null ? null : Math.Round(value.Value, 1, MidpointRounding.AwayFromZero);

    public string Text(double? value) => value?.ToString(Format, CultureInfo.CurrentCulture) ?? "";

    public static string Invariant(double? value) => value?.ToString("0.0##", CultureInfo.InvariantCulture) ?? "";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>JSON safe inside &lt;script type="application/json"&gt;: the default encoder escapes &lt; &gt; &amp; and quotes.</summary>
    public string ToJson() => JsonSerializer.Serialize(new
    {
        type = Type,
        labels = Labels,
        datasets = Datasets.Select(d => new { key = d.Key, label = d.Label, data = d.Data, colour = d.Colour, dashed = d.Dashed ? true : (bool?)null, points = d.Points, line = d.Line ? true : (bool?)null }),
        min = Min,
        max = Max,
        xTitle = XTitle,
        yTitle = YTitle,
    }, Json);
}

/// <param name="Colour">Index into the Okabe–Ito palette, so a perspective keeps its colour on every chart.</param>
public sealed record ChartSeries(string Key, string Label, IReadOnlyList<double?> Data, int Colour, bool Dashed = false)
{
    /// <summary>Scatter charts only: one point per person.</summary>
    public IReadOnlyList<ChartPoint>? Points { get; init; }

    /// <summary>Scatter charts only: the points are joined by a line (an axis centre), not plotted as people.</summary>
    public bool Line { get; init; }

    /// <summary>Where a value could exist at all (self answers have no outcome stage); a null elsewhere is not "hidden".</summary>
    public IReadOnlyList<bool>? Applies { get; init; }

    public bool IsHidden(int index) => Data[index] is null && (Applies is null || Applies[index]);

    /// <summary>Self and manager ratings are attributed: a missing value is unanswered, never hidden by the gate.</summary>
    public ChartSeries Attributed() => this with { Applies = Data.Select(_ => false).ToList() };
}

public sealed record ChartPoint(string Label, double X, double Y);

/// <summary>Fixed colours per perspective (indexes into the palette in report-charts.js).</summary>
public static class SeriesColour
{
    public const int Self = 0;
    public const int Peer = 1;
    public const int Team = 2;
    public const int Manager = 3;
    public const int Previous = 4;
    public const int Own = 5;
}
