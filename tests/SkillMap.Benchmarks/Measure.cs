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
        return From(name, samples);
    }

    /// <summary>
    /// Times two ways of doing the same work turn about (which goes first alternates), so a change in
    /// the machine's load during the run falls on both alike and their ratio stays meaningful.
    /// </summary>
    public static async Task<(Timing First, Timing Second)> OfPairAsync(string firstName, string secondName, int iterations, Func<int, Task> first, Func<int, Task> second)
    {
        for (var i = 0; i < Math.Max(10, iterations / 10); i++)
        {
            await first(i);
            await second(i);
        }
        var a = new double[iterations];
        var b = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            if (i % 2 == 0)
            {
                a[i] = await TimeAsync(first, i);
                b[i] = await TimeAsync(second, i);
            }
            else
            {
                b[i] = await TimeAsync(second, i);
                a[i] = await TimeAsync(first, i);
            }
        }
        return (From(firstName, a), From(secondName, b));
    }

    private static async Task<double> TimeAsync(Func<int, Task> work, int i)
    {
        var start = Stopwatch.GetTimestamp();
        await work(i);
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    private static Timing From(string name, double[] samples)
    {
        Array.Sort(samples);
        double At(double p) => samples[Math.Min(samples.Length - 1, (int)(p * samples.Length))];
        return new Timing(name, At(0.50), At(0.95), At(0.99), samples.Average());
    }

    public override string ToString() => $"{Name,-44} p50 {P50,8:0.000} ms   p95 {P95,8:0.000} ms   p99 {P99,8:0.000} ms";
}
