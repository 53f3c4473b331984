using System.Diagnostics;
using System.Globalization;
using Dapper;
using SkillMap.Web.Data;

namespace SkillMap.Benchmarks.Http;

/// <summary>
/// The HTTP benchmark (tests/SkillMap.Benchmarks/http-benchmark.sh): the published app in Release on
/// SQLite, pinned with the harness to one CPU and wrk to the other, measured as ratios within one run.
/// </summary>
public static class HttpBenchmark
{
    public sealed record Options(string AppDirectory, int People, int Seconds, string WrkCpu, int Kills, IReadOnlyList<string> Settings);

    public static Options Parse(IReadOnlyList<string> args)
    {
        string? app = null;
        int people = 20000, seconds = 10, kills = 8;
        var cpu = "1";
        var settings = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : "";
            switch (args[i])
            {
                case "--app": app = value; i++; break;
                case "--people": people = int.Parse(value, CultureInfo.InvariantCulture); i++; break;
                case "--seconds": seconds = int.Parse(value, CultureInfo.InvariantCulture); i++; break;
                case "--wrk-cpu": cpu = value; i++; break;
                case "--kills": kills = int.Parse(value, CultureInfo.InvariantCulture); i++; break;
                case "--setting": settings.Add(value); i++; break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }
        return new Options(app ?? throw new ArgumentException("--app DIR (a published SkillMap.Web) is required"), people, seconds, cpu, kills, settings);
    }

    public static async Task<int> RunAsync(Options options)
    {
        var work = Directory.CreateTempSubdirectory("skillmap-http-bench-").FullName;
        var databasePath = Path.Combine(work, "bench.db");
        var certificate = Path.Combine(work, "bench.pfx");
        var log = Path.Combine(work, "app.log");
        var scripts = Path.Combine(AppContext.BaseDirectory, "Http");
        Console.WriteLine($"SkillMap HTTP benchmark — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
        Console.WriteLine($"app and harness on CPU {string.Join(",", CpuAffinity())}, wrk on CPU {options.WrkCpu}; work folder {work}");

        var seed = Stopwatch.StartNew();
        await RunToEndAsync(Path.Combine(options.AppDirectory, "SkillMap.Web"), ["seed-synthetic", "--people", options.People.ToString(CultureInfo.InvariantCulture), "--rounds", "0", "--open-round"],
            new() { ["Database__SqlitePath"] = databasePath, ["ASPNETCORE_ENVIRONMENT"] = "Production" });
        Console.WriteLine($"seeded {options.People} people with an open round in {seed.Elapsed.TotalSeconds:0.0} s");

        var db = new Db(new DatabaseOptions { SqlitePath = databasePath }, null, work);
        var mint = Credentials.CookieMinter(db);
        Credentials.WriteCertificate(certificate);
        var port = FreePort();
        var runtime = ShippedRuntimeEnvironment();
        Console.WriteLine($"runtime settings of .config/skillmap.service: {string.Join(' ', runtime.Select(kv => $"{kv.Key}={kv.Value}"))}");
        var app = new AppProcess(options.AppDirectory, databasePath, certificate, port, log, options.Settings, runtime);
        using var client = Credentials.Client();
        await app.StartAsync(client);
        var plan = await SavePlan.PrepareAsync(db, mint, client, app.BaseAddress);
        Console.WriteLine($"{plan.Sheets.Count} sheets ready to answer; page 1 has {plan.PageItems.Count} items");

        // (a) the rating page against a static file of the same size, served by the same process.
        var getData = Path.Combine(work, "get.tsv");
        await File.WriteAllLinesAsync(getData, plan.Sheets.Take(5000).Select(s => $"{s.Path}?page=1\t{s.Cookie}"));
        var sample = await FetchAsync(client, app.BaseAddress + plan.Sheets[0].Path + "?page=1", plan.Sheets[0].Cookie);
        var staticPath = Path.Combine(options.AppDirectory, "wwwroot", "bench-same-size.html");
        await File.WriteAllBytesAsync(staticPath, sample);
        var staticData = Path.Combine(work, "static.tsv");
        await File.WriteAllLinesAsync(staticData, ["/bench-same-size.html\tx=1"]);
        // Both paths warm, then a quiet app: the tiered JIT compiles what the warm-up made hot in the
        // background, and on one core that work otherwise falls into the timed runs (up to a tenth of
        // their CPU), slowing whichever run it lands in.
        var rounds = await WarmUpAsync(app, async () =>
        {
            await WrkResult.RunAsync(options.WrkCpu, 32, 5, Path.Combine(scripts, "get.lua"), app.BaseAddress, getData);
            await WrkResult.RunAsync(options.WrkCpu, 32, 2, Path.Combine(scripts, "get.lua"), app.BaseAddress, staticData);
        });
        Console.WriteLine($"warmed up: {rounds} rounds of pages and the static file until the app was quiet at once");
        // Taken turn about in short turns, so a change in the shared machine's speed during the run (its
        // CPU time stolen by neighbours comes and goes within seconds) falls on both sides of the ratio.
        var (turns, each) = Turns(options.Seconds);
        var staticRuns = new List<WrkResult>();
        var pageRuns = new List<WrkResult>();
        for (var turn = 0; turn < turns; turn++)
        {
            staticRuns.Add(await WrkResult.RunAsync(options.WrkCpu, 32, each, Path.Combine(scripts, "get.lua"), app.BaseAddress, staticData));
            pageRuns.Add(await WrkResult.RunAsync(options.WrkCpu, 32, each, Path.Combine(scripts, "get.lua"), app.BaseAddress, getData));
        }
        var (staticRun, pageRun) = (WrkResult.Combine(staticRuns), WrkResult.Combine(pageRuns));
        File.Delete(staticPath);

        // (b) saving a page of answers at 32 concurrent raters against the raw loop on the same file.
        // Each sheet is posted once: a fifth warms the save path up, seven twentieths are timed, as many
        // go to the raw loop, and the rest to the kill storm.
        var count = plan.Sheets.Count;
        var warmSheets = plan.Sheets.Take(count / 5).ToList();
        var postSheets = plan.Sheets.Skip(count / 5).Take(count * 7 / 20).ToList();
        var rawSheets = plan.Sheets.Skip(count / 5 + count * 7 / 20).Take(count * 7 / 20).ToList();
        var stormSheets = plan.Sheets.Skip(count / 5 + count * 14 / 20).ToList();
        var warmRound = 0;
        rounds = await WarmUpAsync(app, async () =>
        {
            // Each round on sheets not posted before: a repeated post takes another path.
            var sheets = warmSheets.Skip(warmRound++ * warmSheets.Count / 4).Take(warmSheets.Count / 4);
            var warmData = Path.Combine(work, $"post-warm-up-{warmRound}.tsv");
            await File.WriteAllLinesAsync(warmData, sheets.Select(plan.PostLine));
            await WrkResult.RunAsync(options.WrkCpu, 32, 2, Path.Combine(scripts, "post.lua"), app.BaseAddress, warmData);
        }, maxRounds: 4);
        Console.WriteLine($"saves warmed up: {rounds} rounds until the app was quiet at once");
        // The app and the raw loop turn about too, each turn on sheets of its own.
        var postRuns = new List<WrkResult>();
        var (rawPages, rawSeconds) = (0L, 0.0);
        var acks = new Dictionary<int, string>();
        var posted = new List<int>();
        var repeated = 0L;
        for (var turn = 0; turn < turns; turn++)
        {
            var sheets = postSheets.Skip(turn * postSheets.Count / turns).Take(postSheets.Count / turns).ToList();
            var postData = Path.Combine(work, $"post-{turn + 1}.tsv");
            await File.WriteAllLinesAsync(postData, sheets.Select(plan.PostLine));
            var run = await WrkResult.RunAsync(options.WrkCpu, 32, each, Path.Combine(scripts, "post.lua"), app.BaseAddress, postData);
            postRuns.Add(run);
            repeated += Math.Max(0, run.Requests - sheets.Count);
            posted.AddRange(sheets.Take((int)Math.Min(run.Requests, sheets.Count)).Select(s => s.Id));
            foreach (var (sheet, values) in Verification.ReadAcks(postData + ".acks"))
            {
                acks[sheet] = values;
            }
            var (pages, seconds) = await RawSaveLoop.RunAsync(databasePath, plan, rawSheets.Skip(turn * rawSheets.Count / turns).Take(rawSheets.Count / turns).ToList(), TimeSpan.FromSeconds(each));
            (rawPages, rawSeconds) = (rawPages + pages, rawSeconds + seconds);
        }
        var postRun = WrkResult.Combine(postRuns);
        var rawRate = rawPages / rawSeconds;
        var postCheck = await Verification.CheckAsync(databasePath, acks, posted, plan.PageItems.Count);
        await app.StopAsync();
        var locked = File.ReadLines(log).Count(l => l.Contains("database is locked", StringComparison.OrdinalIgnoreCase));

        // (c) kill -9 during submissions.
        await app.StartAsync(client);
        var storm = await KillStorm.RunAsync(app, client, plan, stormSheets, options.Kills);
        var stormCheck = await Verification.CheckAsync(databasePath, storm.Acks, storm.Attempted.ToList(), plan.PageItems.Count);
        locked = File.ReadLines(log).Count(l => l.Contains("database is locked", StringComparison.OrdinalIgnoreCase));

        Report(options, staticRun, pageRun, sample.Length, postRun, rawRate, postCheck, postSheets.Count, repeated, locked, storm, stormCheck);
        Console.WriteLine($"\nlogs and data in {work}");
        var correct = postCheck.MissingOrDifferent == 0 && postCheck.HalfSaved == 0 && stormCheck.MissingOrDifferent == 0 && stormCheck.HalfSaved == 0 && locked == 0;
        return correct ? 0 : 1;
    }

    private static void Report(Options options, WrkResult staticRun, WrkResult pageRun, int pageBytes, WrkResult postRun, double rawRate,
        Verification.Outcome postCheck, int postSheets, long repeated, int locked, KillStorm.Result storm, Verification.Outcome stormCheck)
    {
        static string Mark(bool ok) => ok ? "met" : "NOT MET";
        var (turns, each) = Turns(options.Seconds);
        var getShare = pageRun.RequestsPerSecond / staticRun.RequestsPerSecond;
        var saveShare = postRun.RequestsPerSecond / rawRate;
        Console.WriteLine();
        Console.WriteLine($"(a) rating page GET, 8 items, {pageBytes:N0} bytes, 32 connections, {turns} × {each} s each, turn about");
        Console.WriteLine($"    static file same size: {staticRun.RequestsPerSecond,9:0} req/s   p50 {staticRun.P50Ms:0.00} ms  p99 {staticRun.P99Ms:0.00} ms");
        Console.WriteLine($"    rating page:           {pageRun.RequestsPerSecond,9:0} req/s   p50 {pageRun.P50Ms:0.00} ms  p99 {pageRun.P99Ms:0.00} ms  (non-2xx/3xx {pageRun.Non2xx3xx})");
        Console.WriteLine($"    share of static: {getShare:0.00}  (target >= 0.25: {Mark(getShare >= 0.25)})");
        Console.WriteLine($"(b) save a page of 8 answers (POST), 32 concurrent raters, {turns} × {each} s each, turn about with the raw loop");
        Console.WriteLine($"    app:      {postRun.RequestsPerSecond,9:0} submissions/s   p50 {postRun.P50Ms:0.00} ms  p99 {postRun.P99Ms:0.00} ms  (non-2xx/3xx {postRun.Non2xx3xx}, socket errors {postRun.SocketErrors})");
        Console.WriteLine($"    raw loop: {rawRate,9:0} pages/s (Microsoft.Data.Sqlite, same transaction shape, same file)");
        Console.WriteLine($"    share of raw: {saveShare:0.00} (target >= 0.75: {Mark(saveShare >= 0.75)});  p99 <= 50 ms: {Mark(postRun.P99Ms <= 50)};  p99 <= 4 x p50: {Mark(postRun.P99Ms <= 4 * postRun.P50Ms)}");
        Console.WriteLine($"    'database is locked' in the app log: {locked} (target 0: {Mark(locked == 0)})");
        Console.WriteLine($"    acknowledged {postCheck.Acknowledged} of {postRun.Requests} posts (sheets available {postSheets}); missing or different in the database: {postCheck.MissingOrDifferent}; half-saved pages: {postCheck.HalfSaved}");
        if (repeated > 0)
        {
            // Posts past the last sheet repeat earlier ones (answered "already saved" with a page, not a redirect).
            Console.WriteLine($"    WARNING: {repeated} posts repeated a sheet: rerun with more --people for a clean (b)");
        }
        Console.WriteLine($"(c) kill -9 storm: {storm.Kills} kills during {storm.Posted} posts by 32 raters");
        Console.WriteLine($"    acknowledged {stormCheck.Acknowledged}; missing or different: {stormCheck.MissingOrDifferent}; half-saved pages among {stormCheck.Checked} posted: {stormCheck.HalfSaved}  ({Mark(stormCheck.MissingOrDifferent == 0 && stormCheck.HalfSaved == 0)})");
    }

    /// <summary>
    /// Load, then wait for the app to go quiet, until it is quiet at once. The tiered JIT only starts
    /// counting calls a while after the last new method (a second on one CPU), so the methods a first
    /// load makes hot are compiled during the next one: without this the background compiler took up
    /// to 14% of the CPU during a timed run, slowing whichever run it fell in.
    /// </summary>
    private static async Task<int> WarmUpAsync(AppProcess app, Func<Task> load, int maxRounds = 6)
    {
        var rounds = 0;
        while (rounds < maxRounds)
        {
            rounds++;
            await load();
            if (await app.WaitUntilQuietAsync() <= TimeSpan.FromSeconds(1.5))
            {
                break;
            }
        }
        return rounds;
    }

    /// <summary>
    /// The runtime's settings (DOTNET_*) the shipped systemd unit and container image give the app, so the
    /// app is measured as it runs in production; the harness itself and its raw loop run without them.
    /// </summary>
    private static Dictionary<string, string> ShippedRuntimeEnvironment()
    {
        var unit = Path.Combine(Directory.GetCurrentDirectory(), ".config", "skillmap.service");
        return File.ReadLines(unit)
            .Where(l => l.StartsWith("Environment=DOTNET_", StringComparison.Ordinal))
            .Select(l => l["Environment=".Length..].Split('=', 2))
            .ToDictionary(kv => kv[0], kv => kv[1]);
    }

    private static async Task<byte[]> FetchAsync(HttpClient client, string url, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task RunToEndAsync(string file, IEnumerable<string> args, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} {string.Join(' ', args)} failed: {await error}");
        }
    }

    /// <summary>Each side's seconds in turns of two seconds (at least two turns).</summary>
    private static (int Turns, int Seconds) Turns(int seconds) => (Math.Max(2, seconds / 2), Math.Max(1, Math.Min(2, seconds / 2)));

    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static IEnumerable<int> CpuAffinity()
    {
        if (!OperatingSystem.IsLinux())
        {
            return [];
        }
        var mask = (long)Process.GetCurrentProcess().ProcessorAffinity;
        return Enumerable.Range(0, Environment.ProcessorCount).Where(i => (mask & (1L << i)) != 0);
    }
}
