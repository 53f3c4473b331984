using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace SkillMap.Web.Hosting;

/// <summary>
/// The figures the admin metrics page shows, read on demand from the same OpenTelemetry pipeline
/// that feeds OTLP and Prometheus (a pull reader collected when the page asks).
/// </summary>
public sealed class LocalMetrics
{
    private readonly Exporter exporter = new();
    private readonly Lock gate = new();

    public LocalMetrics()
    {
        Reader = new BaseExportingMetricReader(exporter) { TemporalityPreference = MetricReaderTemporalityPreference.Cumulative };
    }

    internal MetricReader Reader { get; }

    public Snapshot Read()
    {
        lock (gate)
        {
            Reader.Collect(timeoutMilliseconds: 5000);
            return exporter.Last;
        }
    }

    public sealed record RouteFigures
    {
        public string Route { get; init; } = "";
        public long Requests { get; init; }
        public long ServerErrors { get; init; }
        public double MeanMs { get; init; }
        /// <summary>The upper bound of the histogram bucket that holds the 95th percentile, in ms; null past the last bound.</summary>
        public double? P95AtMostMs { get; init; }
    }

    public sealed record Snapshot
    {
        public static readonly Snapshot Empty = new();
        public IReadOnlyList<RouteFigures> Routes { get; init; } = [];
        /// <summary>SkillMap's counters and gauges (meter SkillMap and SkillMap.*) by instrument name, summed over their tags.</summary>
        public IReadOnlyDictionary<string, long> Values { get; init; } = new Dictionary<string, long>();
        public long Value(string name) => Values.TryGetValue(name, out var value) ? value : 0;
    }

    private sealed class Exporter : BaseExporter<Metric>
    {
        private sealed class RouteTotals
        {
            public long Count;
            public long ServerErrors;
            public double Sum;
            public SortedDictionary<double, long> Buckets { get; } = [];
        }

        public Snapshot Last { get; private set; } = Snapshot.Empty;

        public override ExportResult Export(in Batch<Metric> batch)
        {
            var routes = new Dictionary<string, RouteTotals>(StringComparer.Ordinal);
            var values = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var metric in batch)
            {
                if (metric.Name == "http.server.request.duration")
                {
                    AddRequests(metric, routes);
                }
                else if (metric.MeterName == SkillMapMetrics.MeterName || metric.MeterName.StartsWith(SkillMapMetrics.MeterName + ".", StringComparison.Ordinal))
                {
                    values[metric.Name] = Total(metric);
                }
            }
            Last = new Snapshot
            {
                Routes = routes.Select(r => Figures(r.Key, r.Value)).OrderByDescending(r => r.Requests).ThenBy(r => r.Route, StringComparer.Ordinal).ToList(),
                Values = values,
            };
            return ExportResult.Success;
        }

        private static void AddRequests(Metric metric, Dictionary<string, RouteTotals> routes)
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                string route = "(none)";
                var serverError = false;
                foreach (var tag in point.Tags)
                {
                    if (tag.Key == "http.route" && tag.Value is string value && value.Length > 0)
                    {
                        route = "/" + value.TrimStart('/');
                    }
                    else if (tag.Key == "http.response.status_code" && Convert.ToInt32(tag.Value, System.Globalization.CultureInfo.InvariantCulture) >= 500)
                    {
                        serverError = true;
                    }
                }
                if (!routes.TryGetValue(route, out var totals))
                {
                    routes[route] = totals = new RouteTotals();
                }
                var count = point.GetHistogramCount();
                totals.Count += count;
                totals.Sum += point.GetHistogramSum();
                totals.ServerErrors += serverError ? count : 0;
                foreach (var bucket in point.GetHistogramBuckets())
                {
                    totals.Buckets[bucket.ExplicitBound] = totals.Buckets.GetValueOrDefault(bucket.ExplicitBound) + bucket.BucketCount;
                }
            }
        }

        private static RouteFigures Figures(string route, RouteTotals totals)
        {
            double? p95 = null;
            long seen = 0;
            foreach (var (bound, count) in totals.Buckets)
            {
                seen += count;
                if (seen >= Math.Ceiling(totals.Count * 0.95))
                {
                    p95 = double.IsPositiveInfinity(bound) ? null : bound * 1000;
                    break;
                }
            }
            return new RouteFigures
            {
                Route = route,
                Requests = totals.Count,
                ServerErrors = totals.ServerErrors,
                MeanMs = totals.Count == 0 ? 0 : totals.Sum / totals.Count * 1000,
                P95AtMostMs = p95,
            };
        }

        private static long Total(Metric metric)
        {
            long total = 0;
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                total += metric.MetricType switch
                {
                    MetricType.LongSum or MetricType.LongSumNonMonotonic => point.GetSumLong(),
                    MetricType.LongGauge => point.GetGaugeLastValueLong(),
                    MetricType.DoubleSum or MetricType.DoubleSumNonMonotonic => (long)point.GetSumDouble(),
                    MetricType.DoubleGauge => (long)point.GetGaugeLastValueDouble(),
                    _ => 0,
                };
            }
            return total;
        }
    }
}
