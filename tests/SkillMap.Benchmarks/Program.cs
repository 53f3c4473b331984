using SkillMap.Benchmarks;
using SkillMap.Benchmarks.Http;

if (args.Length > 0 && args[0] == "http")
{
    return await HttpBenchmark.RunAsync(HttpBenchmark.Parse(args.Skip(1).ToList()));
}

// Figures to rerun on any machine: dotnet run -c Release --project tests/SkillMap.Benchmarks [-- scenario…]
// Each scenario reports SkillMap's code against the same work done by a raw Microsoft.Data.Sqlite
// loop on the same file in the same run, so the ratio means something on a noisy shared machine.
var scenarios = new Dictionary<string, Func<BenchmarkDatabase, Task>>
{
    ["team-profile"] = TeamProfileScenario.RunAsync,
    ["save-sheet"] = SaveSheetScenario.RunAsync,
    ["plan-export"] = PlanExportScenario.RunAsync,
};
var chosen = args.Length == 0 ? scenarios.Keys.ToList() : args.ToList();
var unknown = chosen.Where(c => !scenarios.ContainsKey(c)).ToList();
if (unknown.Count > 0)
{
    Console.Error.WriteLine($"unknown scenario(s): {string.Join(", ", unknown)}; choose from {string.Join(", ", scenarios.Keys)}");
    return 2;
}
await using var database = await BenchmarkDatabase.CreateDemoAsync();
Console.WriteLine($"SkillMap benchmarks — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
foreach (var name in chosen)
{
    Console.WriteLine();
    Console.WriteLine($"== {name}");
    await scenarios[name](database);
}
return 0;
