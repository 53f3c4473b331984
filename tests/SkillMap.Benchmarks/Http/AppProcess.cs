using System.Diagnostics;
using System.Net;

namespace SkillMap.Benchmarks.Http;

/// <summary>
/// The published app as its own process, in Release and Production settings over HTTPS, on the CPU
/// the harness was pinned to (taskset is inherited). Its output goes to a log the harness reads for
/// "database is locked".
/// </summary>
public sealed class AppProcess(string appDirectory, string databasePath, string certificatePath, int port, string logPath, IReadOnlyList<string> extraSettings, IReadOnlyDictionary<string, string> runtimeEnvironment)
{
    private Process? process;

    public string BaseAddress => $"https://127.0.0.1:{port}";

    public int? Pid => process?.Id;

    public async Task StartAsync(HttpClient client)
    {
        var start = new ProcessStartInfo(Path.Combine(appDirectory, "SkillMap.Web"))
        {
            WorkingDirectory = appDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Database__SqlitePath"] = databasePath,
                ["Kestrel__Certificates__Default__Path"] = certificatePath,
                ["Kestrel__Certificates__Default__Password"] = Credentials.CertificatePassword,
                ["Logging__LogLevel__Default"] = "Warning",
            },
        };
        foreach (var (name, value) in runtimeEnvironment)
        {
            start.Environment[name] = value;
        }
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(BaseAddress);
        foreach (var setting in extraSettings)
        {
            start.ArgumentList.Add("--" + setting);
        }
        process = Process.Start(start)!;
        var log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with {process.ExitCode} while starting; see {logPath}.");
            }
            try
            {
                using var response = await client.GetAsync(BaseAddress + "/readyz");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The app was not ready within 90 s; see {logPath}.");
    }

    /// <summary>
    /// Waits until the app, with no load, uses under 1% of a CPU for a second: the tiered JIT compiles
    /// the hot methods of a warm-up in the background, and on one core that work spilled into the timed
    /// run (up to a tenth of its CPU after a 10 s warm-up). Gives up after a minute.
    /// </summary>
    public async Task<TimeSpan> WaitUntilQuietAsync()
    {
        var waited = Stopwatch.StartNew();
        var ticksPerSecond = 100.0; // USER_HZ on Linux
        var last = CpuSeconds();
        while (waited.Elapsed < TimeSpan.FromMinutes(1))
        {
            await Task.Delay(1000);
            var now = CpuSeconds();
            if (now - last < 0.01)
            {
                break;
            }
            last = now;
        }
        return waited.Elapsed;

        double CpuSeconds()
        {
            // /proc/PID/stat: utime and stime are fields 14 and 15, after the parenthesised command name.
            var stat = File.ReadAllText($"/proc/{process!.Id}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture)) / ticksPerSecond;
        }
    }

    /// <summary>kill -9: no shutdown, no flush, no goodbye.</summary>
    public async Task KillAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    public async Task StopAsync()
    {
        if (process is { HasExited: false })
        {
            // SIGTERM: the graceful stop a service manager sends.
            Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]).WaitForExit();
            if (!process.WaitForExit(15_000))
            {
                process.Kill();
            }
            await process.WaitForExitAsync();
        }
    }
}
