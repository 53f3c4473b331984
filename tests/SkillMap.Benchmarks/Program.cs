using SkillMap.Benchmarks;
using SkillMap.Benchmarks.Http;

if (args.Length > 0 && args[0] == "http")
{
    return await HttpBenchmark.RunAsync(HttpBenchmark.Parse(args.Skip(1).ToList()));
}

// Figures to rerun on any machine:
//   dotnet run -c Release --project tests/SkillMap.Benchmarks [-- [--db FILE] [--people N] [--rounds R] [--seed S] scenario…]
// Without --db the demo organisation is seeded into a temporary file. With --db an existing SQLite file
// is used as it is (e.g. one filled by `seed-synthetic`), or, when it does not exist, a synthetic
// organisation (default 10,000 people × 8 rounds) is generated there first and kept for the next run.
// Each scenario reports SkillMap's code against the same work done by a raw Microsoft.Data.Sqlite
// loop on the same file in the same run, so the ratio means something on a noisy shared machine.
var scenarios = new Dictionary<string, Func<BenchmarkDatabase, Task>>
{
    ["team-profile"] = TeamProfileScenario.RunAsync,
    ["save-sheet"] = SaveSheetScenario.RunAsync,
    ["plan-export"] = PlanExportScenario.RunAsync,
    ["reports"] = ReportScenarios.RunAsync,
    ["prepare"] = _ => Task.CompletedTask,
    ["probe"] = StepProbe.RunAsync,
};
string? path = null;
int people = 10_000, rounds = 8, seed = 20191111;
var chosen = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--db" when i + 1 < args.Length:
            path = args[++i];
            break;
        case "--people" when i + 1 < args.Length && int.TryParse(args[i + 1], out var n) && n >= 4:
            people = n;
            i++;
            break;
        case "--rounds" when i + 1 < args.Length && int.TryParse(args[i + 1], out var r) && r >= 1:
            rounds = r;
            i++;
            break;
        case "--seed" when i + 1 < args.Length && int.TryParse(args[i + 1], out var s):
            seed = s;
            i++;
            break;
        default:
            chosen.Add(args[i]);
            break;
    }
}
if (chosen.Count == 0)
{
    chosen = path is null ? ["team-profile", "save-sheet", "plan-export", "reports"] : ["reports"];
}
var unknown = chosen.Where(c => !scenarios.ContainsKey(c)).ToList();
if (unknown.Count > 0)
{
    Console.Error.WriteLine($"unknown scenario(s) or option(s): {string.Join(", ", unknown)}; choose from {string.Join(", ", scenarios.Keys)}; options --db FILE --people N --rounds R --seed S");
    return 2;
}
await using var database = path is null
    ? await BenchmarkDatabase.CreateDemoAsync()
    : await BenchmarkDatabase.OpenOrGenerateAsync(path, people, rounds, seed);
// The load average says how much of the machine other work was using while these figures were taken.
var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
Console.WriteLine($"SkillMap benchmarks — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average {load}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, database {database.Path}");
foreach (var name in chosen)
{
    Console.WriteLine();
    Console.WriteLine($"== {name}");
    await scenarios[name](database);
}
return 0;
