using System.Diagnostics;
using Dapper;
using Microsoft.Data.Sqlite;
using SkillMap.Web.Features.Plans.Export;

namespace SkillMap.Benchmarks;

/// <summary>
/// The whole organisation's training plans exported as CSV (the export verb's code path, start-up
/// excluded) against a raw SqliteDataReader loop reading the same rows from the same file, at two
/// organisation sizes; and the managed memory the export adds while it runs, which must stay flat.
/// </summary>
public static class PlanExportScenario
{
    private const int Iterations = 5;
    private const double TimeTarget = 3.0;
    private const long MemoryTarget = 64L * 1024 * 1024;

    public static async Task RunAsync(BenchmarkDatabase _)
    {
        foreach (var size in new[] { 2_500, 10_000 })
        {
            var build = Stopwatch.StartNew();
            await using var org = await SyntheticOrganisation.CreateAsync(size);
            await using var probe = await org.Db.OpenAsync();
            var rows = await probe.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM PlanAction a JOIN TrainingPlan p ON p.Id = a.PlanId WHERE p.RoundId = @RoundId", new { org.RoundId });
            Console.WriteLine($"-- {size:N0} people, {rows:N0} plan rows (built and proposed in {build.Elapsed.TotalSeconds:0.0} s)");
            var texts = Texts();
            var output = Path.Combine(Path.GetTempPath(), $"skillmap-plans-{Guid.NewGuid():N}.csv");
            try
            {
                var app = await MedianAsync(() => ExportAsync(org, texts, output));
                var raw = await MedianAsync(() => RawAsync(org, texts.Language));
                var growth = await PeakGrowthAsync(() => ExportAsync(org, texts, output));
                var ratio = app / raw;
                Console.WriteLine($"export CSV (PlanExporter path)        median {app,9:0.0} ms   ({new FileInfo(output).Length / 1024.0 / 1024.0:0.0} MB file)");
                Console.WriteLine($"raw SqliteDataReader, same rows      median {raw,9:0.0} ms");
                Console.WriteLine($"ratio app/raw: {ratio:0.00} (target ≤ {TimeTarget:0.0}) {(ratio <= TimeTarget ? "ok" : "MISSED")}");
                Console.WriteLine($"managed memory growth during export: {growth / 1024.0 / 1024.0:0.0} MB (target < 64 MB) {(growth < MemoryTarget ? "ok" : "MISSED")}");
            }
            finally
            {
                File.Delete(output);
            }
        }
    }

    private static ExportTexts Texts() => new()
    {
        Language = "ja",
        Headers = ExportRow.Columns,
        Title = "育成計画",
        TeamActions = "チームの取り組み",
        StrengthText = "この強みをチームに広げる。",
        WorkshopText = "{2} 人中 {1} 人が{0}を必要としています。",
        WayOfWorkingText = "{2} 人中 {1} 人が{0}を必要としています。",
        Areas = new Dictionary<string, string> { ["logic"] = "論理能力", ["abstraction"] = "抽象化能力", ["concretization"] = "具体化能力", ["mindset"] = "思考", ["conduct"] = "ふるまい" },
        Labels = new Dictionary<string, string>(),
    };

    private static async Task ExportAsync(SyntheticOrganisation org, ExportTexts texts, string output)
    {
        await using var connection = await org.Db.OpenAsync();
        await using var file = new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024);
        PlanExportWriter.Write(ExportFormat.Csv, file, PlanExportQuery.Rows(connection, new ExportScope(org.RoundId), texts), texts);
    }

    /// <summary>The same two statements, every column of every row read, nothing written.</summary>
    private static async Task RawAsync(SyntheticOrganisation org, string language)
    {
        await using var connection = new SqliteConnection($"Data Source={org.Path}");
        await connection.OpenAsync();
        foreach (var sql in new[] { PlanExportQuery.Sql.TeamRows, PlanExportQuery.Sql.PersonRows })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("@RoundId", org.RoundId);
            command.Parameters.AddWithValue("@TeamId", DBNull.Value);
            command.Parameters.AddWithValue("@PersonId", DBNull.Value);
            command.Parameters.AddWithValue("@Lang", language);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    _ = reader.GetValue(i);
                }
            }
        }
    }

    private static async Task<double> MedianAsync(Func<Task> work)
    {
        await work();
        var samples = new List<double>();
        for (var i = 0; i < Iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await work();
            samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        samples.Sort();
        return samples[samples.Count / 2];
    }

    /// <summary>Highest managed heap size seen while the work runs, above the heap after a full collection before it.</summary>
    private static async Task<long> PeakGrowthAsync(Func<Task> work)
    {
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var peak = baseline;
        using var done = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(false));
                await Task.Delay(2);
            }
        });
        await work();
        peak = Math.Max(peak, GC.GetTotalMemory(false));
        await done.CancelAsync();
        await sampler;
        return peak - baseline;
    }
}
