using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Data.Sqlite;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Cli;

/// <summary><c>model export</c> and <c>model import</c> run as a user runs them: the built app as a process.</summary>
public sealed class ModelVerbTests : IDisposable
{
    private readonly TempDirectory directory = new();

    private string DatabasePath => directory.File("model.db");

    private static string DefaultModelPath => RepoPaths.Combine("db", "model", "skillmap-ops.json");

    public void Dispose() => directory.Dispose();

    private async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = directory.Path,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            Environment = { ["Database__SqlitePath"] = DatabasePath, ["ASPNETCORE_ENVIRONMENT"] = "Production" },
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

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=false");
        return await connection.ExecuteScalarAsync<long>(sql);
    }

    private static string WithoutVersion(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node.Remove("version");
        return node.ToJsonString();
    }

    [Fact]
    public async Task Export_import_export_gives_the_same_file_apart_from_the_version()
    {
        Assert.Equal(0, (await RunAsync("migrate")).ExitCode);

        var first = await RunAsync("model", "import", DefaultModelPath);
        Assert.Equal(0, first.ExitCode);
        Assert.Equal("1", first.Out.Trim());
        var exported = directory.File("v1.json");
        Assert.Equal(0, (await RunAsync("model", "export", "--version", "1", "--out", exported)).ExitCode);
        var second = await RunAsync("model", "import", exported);
        Assert.Equal("2", second.Out.Trim());
        var again = directory.File("v2.json");
        var (exit, stdout, _) = await RunAsync("model", "export", "--version", "2", "--out", again);

        Assert.Equal(0, exit);
        Assert.Equal("", stdout.Trim());
        var one = await File.ReadAllTextAsync(exported, TestContext.Current.CancellationToken);
        var two = await File.ReadAllTextAsync(again, TestContext.Current.CancellationToken);
        Assert.NotEqual(one, two);
        Assert.Equal(WithoutVersion(one), WithoutVersion(two));
        Assert.Equal(WithoutVersion(await File.ReadAllTextAsync(DefaultModelPath, TestContext.Current.CancellationToken)), WithoutVersion(one));
        Assert.Contains("\"version\": 2,", two);
        Assert.Contains("変更依頼を受けたら", two);
        Assert.Equal(2, await CountAsync("SELECT COUNT(*) FROM ModelVersion WHERE Status = 'draft'"));
    }

    [Fact]
    public async Task Export_without_a_version_writes_the_demo_organisations_published_model()
    {
        using (var app = new SkillMapFactory(new Dictionary<string, string?> { ["Database:SqlitePath"] = DatabasePath }))
        {
            app.CreateClient();
        }
        SqliteConnection.ClearAllPools();
        var file = directory.File("published.json");

        var (exit, _, stderr) = await RunAsync("model", "export", "--out", file);

        Assert.Equal(0, exit);
        Assert.Contains("Exported model version 1", stderr);
        Assert.Equal(await File.ReadAllTextAsync(DefaultModelPath, TestContext.Current.CancellationToken), await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
    }

    public static TheoryData<string, string, string> BadFiles() => new()
    {
        { "invalid-json", "{ \"name\": { \"ja\": \"壊れた\", ", "not valid JSON" },
        { "unknown-stage", Mutate(m => m["items"]![3]!["stage"] = "reflection"), "item 4 (" },
        { "missing-translation", Mutate(m => m["items"]![0]!["anchors"]!["5"]!.AsObject().Remove("ja")), "anchors.5.ja" },
        { "duplicate-key", Mutate(m => m["items"]![7]!["key"] = (string)m["items"]![6]!["key"]!), "appears twice" },
    };

    private static string Mutate(Action<JsonObject> change)
    {
        var model = JsonNode.Parse(File.ReadAllText(DefaultModelPath))!.AsObject();
        change(model);
        return model.ToJsonString();
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_is_refused_whole_with_the_item_and_field_named(string name, string content, string expected)
    {
        Assert.Equal(0, (await RunAsync("migrate")).ExitCode);
        var file = directory.File(name + ".json");
        await File.WriteAllTextAsync(file, content, TestContext.Current.CancellationToken);

        var (exit, stdout, stderr) = await RunAsync("model", "import", file);

        Assert.Equal(1, exit);
        Assert.Equal("", stdout.Trim());
        Assert.Contains("nothing was changed", stderr);
        Assert.Contains(expected, stderr);
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM ModelVersion"));
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM SkillItem"));
    }

    [Fact]
    public async Task Twenty_megabytes_of_junk_are_refused()
    {
        Assert.Equal(0, (await RunAsync("migrate")).ExitCode);
        var file = directory.File("junk.json");
        await File.WriteAllBytesAsync(file, Enumerable.Repeat((byte)'[', 20 * 1024 * 1024).ToArray(), TestContext.Current.CancellationToken);

        var (exit, _, stderr) = await RunAsync("model", "import", file);

        Assert.Equal(1, exit);
        Assert.Contains("larger than 4 MB", stderr);
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM ModelVersion"));
    }

    [Theory]
    [InlineData("model")]
    [InlineData("model", "publish")]
    [InlineData("model", "export")]
    [InlineData("model", "export", "--version", "latest", "--out", "x.json")]
    [InlineData("model", "import")]
    [InlineData("model", "import", "a.json", "b.json")]
    public async Task Wrong_arguments_are_a_usage_error(params string[] args)
    {
        var (exit, _, stderr) = await RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Contains("usage:", stderr);
    }

    [Fact]
    public async Task Exporting_a_version_that_does_not_exist_fails_cleanly()
    {
        Assert.Equal(0, (await RunAsync("migrate")).ExitCode);

        var (exit, _, stderr) = await RunAsync("model", "export", "--version", "9", "--out", directory.File("nine.json"));

        Assert.Equal(1, exit);
        Assert.Contains("no model version 9", stderr);
        Assert.False(File.Exists(directory.File("nine.json")));
    }
}
