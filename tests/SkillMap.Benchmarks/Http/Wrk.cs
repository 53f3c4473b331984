using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SkillMap.Benchmarks.Http;

/// <summary>Runs wrk on its own CPU (taskset) and reads its summary.</summary>
public sealed partial record WrkResult(double RequestsPerSecond, long Requests, double P50Ms, double P99Ms, long Non2xx3xx, long SocketErrors, string Output)
{
    /// <summary>The run's latencies in microseconds at 0.1% steps (latency.lua), or empty.</summary>
    public IReadOnlyList<double> Quantiles { get; init; } = [];

    public static async Task<WrkResult> RunAsync(string cpu, int connections, int seconds, string script, string url, string scriptArgument)
    {
        var start = new ProcessStartInfo("taskset") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-c", cpu, "wrk", "-t", "1", "-c", connections.ToString(CultureInfo.InvariantCulture), "-d", $"{seconds}s", "--latency", "-s", script, url, "--", scriptArgument })
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"wrk failed ({process.ExitCode}): {error}{output}");
        }
        return new WrkResult(
            Number(RateLine().Match(output)),
            (long)Number(CountLine().Match(output)),
            Latency(output, "50%"),
            Latency(output, "99%"),
            (long)Number(Non2xx().Match(output)),
            SocketLine().Matches(output).Sum(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)),
            output)
        {
            Quantiles = QuantileLine().Matches(output).Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList(),
        };
    }

    /// <summary>
    /// Runs of equal length as one: the mean rate, every request, and the median and 99th percentile of
    /// all their requests together (each run's quantiles weighted by its requests). Without quantiles
    /// from latency.lua, the mean median and the worst run's 99th percentile.
    /// </summary>
    public static WrkResult Combine(IReadOnlyList<WrkResult> runs)
    {
        var merged = runs.All(r => r.Quantiles.Count == QuantileCount)
            ? runs.SelectMany(r => r.Quantiles.Select(us => (Ms: us / 1000, Weight: (double)r.Requests / QuantileCount))).OrderBy(q => q.Ms).ToList()
            : null;
        return new(
            runs.Average(r => r.RequestsPerSecond),
            runs.Sum(r => r.Requests),
            merged is null ? runs.Average(r => r.P50Ms) : Percentile(merged, 0.50),
            merged is null ? runs.Max(r => r.P99Ms) : Percentile(merged, 0.99),
            runs.Sum(r => r.Non2xx3xx),
            runs.Sum(r => r.SocketErrors),
            string.Join("\n", runs.Select(r => r.Output)));
    }

    private const int QuantileCount = 1000;

    private static double Percentile(List<(double Ms, double Weight)> sorted, double share)
    {
        var wanted = share * sorted.Sum(q => q.Weight);
        var seen = 0.0;
        foreach (var (ms, weight) in sorted)
        {
            seen += weight;
            if (seen >= wanted)
            {
                return ms;
            }
        }
        return sorted[^1].Ms;
    }

    private static double Number(Match match) => match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;

    private static double Latency(string output, string percentile)
    {
        var match = Regex.Match(output, $@"^\s*{Regex.Escape(percentile)}\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        if (!match.Success)
        {
            return double.NaN;
        }
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RateLine();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex CountLine();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex Non2xx();

    [GeneratedRegex(@"(?:connect|read|write|timeout) (\d+)")]
    private static partial Regex SocketLine();

    [GeneratedRegex(@"^latency-q\t[\d.]+\t([\d.]+)$", RegexOptions.Multiline)]
    private static partial Regex QuantileLine();
}
