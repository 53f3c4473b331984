using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using SkillMap.Web.Hosting;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests;

/// <summary>
/// Docker cannot run here, so the Dockerfile is checked by reading it: what it copies exists and is
/// not ignored, the runtime stage runs as a non-root user with data on a volume, and its health check
/// probes /healthz on the port it serves. The systemd unit in the README is the shipped one.
/// </summary>
public sealed partial class DeploymentFilesTests
{
    private static readonly string[] Dockerfile = File.ReadAllLines(RepoPaths.Combine("Dockerfile"));

    private static readonly string[] Ignored = File.ReadAllLines(RepoPaths.Combine(".dockerignore"))
        .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();

    /// <summary>Instructions with their continuation lines joined.</summary>
    private static List<string> Instructions()
    {
        var result = new List<string>();
        var current = "";
        foreach (var raw in Dockerfile)
        {
            var line = raw.Trim();
            if (line.StartsWith('#') || (line.Length == 0 && current.Length == 0))
            {
                continue;
            }
            current += line.TrimEnd('\\').Trim() + " ";
            if (!line.EndsWith('\\'))
            {
                result.Add(current.Trim());
                current = "";
            }
        }
        return result;
    }

    private static List<string> RuntimeStage() =>
        Instructions().SkipWhile(i => !i.Contains(" AS runtime", StringComparison.Ordinal)).ToList();

    /// <summary>Docker's matching, as far as this .dockerignore uses it: a leading **/ matches at any depth, a trailing / means a folder.</summary>
    private static bool IsIgnored(string path) => Ignored.Any(pattern =>
    {
        var anyDepth = pattern.StartsWith("**/", StringComparison.Ordinal);
        var body = anyDepth ? pattern[3..] : pattern;
        var regex = "^" + (anyDepth ? "(.*/)?" : "") + Regex.Escape(body.TrimEnd('/')).Replace("\\*", "[^/]*", StringComparison.Ordinal) + "(/.*)?$";
        return Regex.IsMatch(path.TrimEnd('/'), regex);
    });

    [Fact]
    public void The_top_level_holds_only_the_agreed_folders_and_root_files()
    {
        // The layout of the foundation issue: four folders, the solution and README, dot-folders and root build files.
        string[] allowed =
        [
            "src", "tests", "db", "wwwroot", "SkillMap.sln", "README.md", "Dockerfile", ".dockerignore", ".gitignore",
            "Directory.Build.props", "Directory.Packages.props", "global.json", "libman.json", "package.json", "package-lock.json",
        ];
        var tracked = RunGit("ls-files").Select(path => path.Split('/')[0]).Distinct().ToList();
        Assert.Contains("src", tracked);
        var unexpected = tracked.Where(name => !name.StartsWith('.') || name is ".dockerignore" or ".gitignore")
            .Where(name => !allowed.Contains(name)).ToList();
        Assert.Empty(unexpected);
    }

    private static List<string> RunGit(params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = RepoPaths.Root, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var git = System.Diagnostics.Process.Start(start)!;
        var lines = git.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        git.WaitForExit();
        return lines;
    }

    [Fact]
    public void Everything_the_build_stage_copies_exists_and_is_in_the_build_context()
    {
        var copies = Instructions().Where(i => i.StartsWith("COPY ", StringComparison.Ordinal) && !i.Contains("--from", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(copies);
        foreach (var copy in copies)
        {
            var sources = copy.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..^1];
            foreach (var source in sources)
            {
                var path = RepoPaths.Combine(source.TrimEnd('/'));
                Assert.True(File.Exists(path) || Directory.Exists(path), $"{copy}: {source} does not exist");
                Assert.False(IsIgnored(source), $"{copy}: {source} is excluded by .dockerignore");
            }
        }
        foreach (var needed in new[] { "src/SkillMap.Web/Program.cs", "db/sqlite/0001_initial.sql", "db/sqlserver/0001_initial.sql", "db/model", "wwwroot/lib/chart.js/chart.umd.min.js", "Directory.Packages.props" })
        {
            Assert.False(IsIgnored(needed), $"{needed} is needed by the build but excluded by .dockerignore");
        }
        Assert.True(IsIgnored("tests/SkillMap.Web.Tests/bin/x.dll") && IsIgnored("src/SkillMap.Web/bin/Debug") && IsIgnored("App_Data/skillmap.db") && IsIgnored(".git"));
    }

    [Fact]
    public void The_restore_step_copies_every_project_the_web_project_builds_on()
    {
        var copied = Instructions().Where(i => i.StartsWith("COPY ", StringComparison.Ordinal)).TakeWhile(i => !i.StartsWith("COPY src/ ", StringComparison.Ordinal))
            .SelectMany(i => i.Split(' ')[1..^1]).ToHashSet();
        var pending = new Queue<string>(["src/SkillMap.Web/SkillMap.Web.csproj"]);
        while (pending.TryDequeue(out var project))
        {
            Assert.Contains(project, copied);
            var folder = Path.GetDirectoryName(project)!;
            foreach (Match reference in Regex.Matches(File.ReadAllText(RepoPaths.Combine(project)), "ProjectReference Include=\"([^\"]+)\""))
            {
                pending.Enqueue(Path.GetRelativePath(RepoPaths.Root, Path.GetFullPath(Path.Combine(RepoPaths.Root, folder, reference.Groups[1].Value.Replace('\\', '/')))).Replace('\\', '/'));
            }
        }
    }

    [Fact]
    public void The_build_stage_publishes_the_web_project()
    {
        var publish = Assert.Single(Instructions(), i => i.Contains("dotnet publish", StringComparison.Ordinal));
        var project = Regex.Match(publish, @"dotnet publish (\S+)").Groups[1].Value;
        Assert.True(File.Exists(RepoPaths.Combine(project)), project);
        Assert.Contains("-c Release", publish);
        Assert.Contains(Instructions(), i => i.StartsWith("COPY --from=build /app", StringComparison.Ordinal));
    }

    [Fact]
    public void The_runtime_stage_runs_as_a_non_root_user_with_data_on_a_volume_and_a_health_check()
    {
        var runtime = RuntimeStage();
        Assert.StartsWith("FROM mcr.microsoft.com/dotnet/aspnet:10.0", runtime[0]);
        var user = runtime.Last(i => i.StartsWith("USER ", StringComparison.Ordinal))["USER ".Length..];
        Assert.DoesNotContain(user, new[] { "root", "0", "0:0" });
        Assert.True(runtime.FindLastIndex(i => i.StartsWith("USER ", StringComparison.Ordinal)) > runtime.FindLastIndex(i => i.StartsWith("RUN ", StringComparison.Ordinal)), "USER comes after the last RUN");

        var environment = string.Join(' ', runtime.Where(i => i.StartsWith("ENV ", StringComparison.Ordinal)));
        var port = Regex.Match(environment, @"ASPNETCORE_HTTP_PORTS=(\d+)").Groups[1].Value;
        var dataPath = Regex.Match(environment, @"Database__SqlitePath=(\S+)").Groups[1].Value;
        var volume = Assert.Single(runtime, i => i.StartsWith("VOLUME ", StringComparison.Ordinal))["VOLUME ".Length..];
        Assert.StartsWith(volume + "/", dataPath);
        Assert.Contains(runtime, i => i.StartsWith("RUN ", StringComparison.Ordinal) && i.Contains($"chown \"$APP_UID\" {volume}", StringComparison.Ordinal));
        Assert.Contains($"EXPOSE {port}", runtime);
        var health = Assert.Single(runtime, i => i.StartsWith("HEALTHCHECK ", StringComparison.Ordinal));
        Assert.Contains($"http://localhost:{port}{Probes.Live}", health);
        Assert.Contains(runtime, i => i.Contains("install", StringComparison.Ordinal) && i.Contains("curl", StringComparison.Ordinal));
        Assert.Equal("ENTRYPOINT [\"dotnet\", \"SkillMap.Web.dll\"]", runtime[^1]);
    }

    [Fact]
    public void The_settings_the_image_and_the_unit_set_pass_the_start_up_check()
    {
        var unit = File.ReadAllLines(RepoPaths.Combine(".config", "skillmap.service"));
        var settings = unit.Where(l => l.StartsWith("Environment=", StringComparison.Ordinal))
            .Select(l => l["Environment=".Length..].Split('=', 2))
            .Select(kv => new KeyValuePair<string, string?>(kv[0].Replace("__", ":", StringComparison.Ordinal), kv[1]))
            .Where(kv => kv.Key.Contains(':', StringComparison.Ordinal))
            .ToList();
        Assert.Contains(settings, kv => kv.Key == "Database:SqlitePath");
        using var directory = new TempDirectory();
        var relocated = settings.Select(kv => kv.Key == "Database:SqlitePath" ? new(kv.Key, directory.File("unit.db")) : kv);
        Assert.Empty(SettingsCheck.Problems(new ConfigurationBuilder().AddInMemoryCollection(relocated).Build(), directory.Path));
        Assert.Contains("ExecStart=/opt/skillmap/SkillMap.Web", unit);
        Assert.Contains("Type=notify", unit);
    }

    [Fact]
    public void The_image_and_dotnet_run_give_the_runtime_the_settings_the_unit_gives_it()
    {
        var unit = File.ReadAllLines(RepoPaths.Combine(".config", "skillmap.service"))
            .Where(l => l.StartsWith("Environment=DOTNET_", StringComparison.Ordinal) && !l.StartsWith("Environment=DOTNET_NOLOGO", StringComparison.Ordinal))
            .Select(l => l["Environment=".Length..])
            .ToList();
        Assert.Contains("DOTNET_GCgen0size=0x2000000", unit);
        Assert.Contains("DOTNET_ThreadPool_UnfairSemaphoreSpinLimit=0", unit);

        var image = string.Join(' ', Instructions().Where(i => i.StartsWith("ENV ", StringComparison.Ordinal))).Split(' ');
        using var launch = System.Text.Json.JsonDocument.Parse(File.ReadAllText(RepoPaths.Combine("src", "SkillMap.Web", "Properties", "launchSettings.json")));
        var run = launch.RootElement.GetProperty("profiles").EnumerateObject()
            .SelectMany(p => p.Value.GetProperty("environmentVariables").EnumerateObject())
            .Select(v => $"{v.Name}={v.Value.GetString()}")
            .ToList();
        foreach (var setting in unit)
        {
            Assert.Contains(setting, image);
            Assert.Contains(setting, run);
        }
    }

    [Fact]
    public void The_README_shows_the_shipped_systemd_unit()
    {
        var readme = File.ReadAllText(RepoPaths.Combine("README.md")).ReplaceLineEndings("\n");
        var unit = File.ReadAllText(RepoPaths.Combine(".config", "skillmap.service")).ReplaceLineEndings("\n");
        var body = string.Join('\n', unit.Split('\n').SkipWhile(l => l.StartsWith('#')));
        Assert.Contains(body.Trim(), readme);
    }
}
