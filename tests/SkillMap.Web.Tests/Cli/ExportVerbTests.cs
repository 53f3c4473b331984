using System.Diagnostics;
using System.Text;
using SkillMap.Web.Features.Plans.Export;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Cli;

/// <summary><c>SkillMap.Web export training-plans …</c> run as a process on a database that has closed rounds.</summary>
public sealed class ExportVerbTests : IDisposable
{
    private readonly SkillMapFactory app = new();

    private async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
            Environment = { ["Database__SqlitePath"] = app.DatabasePath, ["ASPNETCORE_ENVIRONMENT"] = "Production", ["Organization__DefaultLanguage"] = "ja" },
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SkillMap.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await error);
    }

    private async Task<(int Round, int Team)> DemoAsync()
    {
        await app.CreateBrowserClient().GetAsync("/healthz");
        var org = new TestOrganisation(app.Service<SkillMap.Web.Data.Db>());
        var round = (int)await org.ScalarAsync<long>("SELECT MAX(Id) FROM Round WHERE Status = 'closed'");
        var team = (int)await org.ScalarAsync<long>("SELECT MIN(Id) FROM Team");
        return (round, team);
    }

    [Fact]
    public async Task Exports_a_team_as_CSV_in_the_organisation_language_by_default()
    {
        var (round, team) = await DemoAsync();
        using var directory = new TempDirectory();
        var file = directory.File("plans.csv");

        var (exit, stdout, stderr) = await RunAsync("export", "training-plans", "--round", $"{round}", "--team", $"{team}", "--format", "csv", "--out", file);

        Assert.True(exit == 0, stderr);
        Assert.Equal("", stdout.Trim());
        var text = await File.ReadAllTextAsync(file, Encoding.UTF8, TestContext.Current.CancellationToken);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("社員番号,メールアドレス,氏名,チーム", lines[0]);
        Assert.True(lines.Length > 10);
        Assert.All(lines.Skip(1), l => Assert.Contains("基盤運用チーム", l));
        Assert.False(File.Exists(file + ".partial"));
        var audited = await new TestOrganisation(app.Service<SkillMap.Web.Data.Db>()).QueryAsync<(string Action, int TargetId, string Detail)>(
            "SELECT Action, TargetId, Detail FROM AuditEntry WHERE Action = 'plans.exported'");
        Assert.Equal((round, $"csv (command line), team {team}"), (Assert.Single(audited).TargetId, audited.Single().Detail));
    }

    [Fact]
    public async Task Exports_the_whole_organisation_as_JSON_in_English()
    {
        var (round, _) = await DemoAsync();
        using var directory = new TempDirectory();
        var file = directory.File("plans.json");

        var (exit, _, stderr) = await RunAsync("export", "training-plans", "--round", $"{round}", "--format", "json", "--lang", "en", "--out", file);

        Assert.True(exit == 0, stderr);
        using var json = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(3, rows.Select(r => r.GetProperty("team").GetString()).Distinct().Count());
        Assert.All(rows, r => Assert.Equal(ExportRow.Columns, r.EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public async Task Exports_a_team_as_XLSX_in_English_and_as_Markdown_in_Japanese()
    {
        var (round, team) = await DemoAsync();
        using var directory = new TempDirectory();
        var xlsx = directory.File("plans.xlsx");
        var markdown = directory.File("plans.md");

        var (exit, _, stderr) = await RunAsync("export", "training-plans", "--round", $"{round}", "--team", $"{team}", "--format", "xlsx", "--lang", "en", "--out", xlsx);
        Assert.True(exit == 0, stderr);
        (exit, _, stderr) = await RunAsync("export", "training-plans", "--round", $"{round}", "--team", $"{team}", "--format", "md", "--lang", "ja", "--out", markdown);
        Assert.True(exit == 0, stderr);

        await using (var stream = File.OpenRead(xlsx))
        {
            var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
            Assert.Equal(ExportRow.Columns, rows[0].Keys);
            Assert.True(rows.Count > 10);
            // The statements are the model's English ones: no kana or kanji in the item column.
            Assert.All(rows, r => Assert.DoesNotMatch("[\\u3040-\\u30ff\\u4e00-\\u9fff]", r["item"] as string ?? ""));
            Assert.Contains(rows, r => r["action_type"] as string == "training");
        }
        var text = await File.ReadAllTextAsync(markdown, Encoding.UTF8, TestContext.Current.CancellationToken);
        Assert.StartsWith("# ", text);
        Assert.Contains("## 基盤運用チーム", text);
        Assert.Contains("**トレーニング: ", text);
    }

    [Theory]
    [InlineData("export", "training-plans", "--round", "x", "--format", "csv", "--out", "f.csv")]
    [InlineData("export", "training-plans", "--round", "1", "--format", "pdf", "--out", "f.pdf")]
    [InlineData("export", "training-plans", "--round", "1", "--format", "csv")]
    [InlineData("export", "training-plans", "--round", "1", "--format", "csv", "--lang", "fr", "--out", "f.csv")]
    [InlineData("export", "people")]
    public async Task Wrong_arguments_are_usage_errors(params string[] args)
    {
        await DemoAsync();
        var (exit, _, stderr) = await RunAsync(args);
        Assert.Equal(2, exit);
        Assert.Contains("usage:", stderr);
    }

    [Fact]
    public async Task An_unknown_round_fails_and_writes_nothing()
    {
        await DemoAsync();
        using var directory = new TempDirectory();
        var file = directory.File("none.csv");

        var (exit, _, stderr) = await RunAsync("export", "training-plans", "--round", "999", "--format", "csv", "--out", file);

        Assert.Equal(1, exit);
        Assert.Contains("999", stderr);
        Assert.False(File.Exists(file));
    }

    public void Dispose() => app.Dispose();
}
