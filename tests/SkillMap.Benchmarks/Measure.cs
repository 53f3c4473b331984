using System.Diagnostics;

namespace SkillMap.Benchmarks;

/// <summary>Times a piece of work many times after a warm-up and reports percentiles in milliseconds.</summary>
public sealed record Timing(string Name, double P50, double P95, double P99, double Mean)
{
    public static async Task<Timing> OfAsync(string name, int iterations, Func<int, Task> work)
    {
        for (var i = 0; i < Math.Max(10, iterations / 10); i++)
        {
            await work(i);
        }
        var samples = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await work(i);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        Array.Sort(samples);
        double At(double p) => samples[Math.Min(samples.Length - 1, (int)(p * samples.Length))];
        return new Timing(name, At(0.50), At(0.95), At(0.99), samples.Average());
    }

    public override string ToString() => $"{Name,-44} p50 {P50,8:0.000} ms   p95 {P95,8:0.000} ms   p99 {P99,8:0.000} ms";
}
