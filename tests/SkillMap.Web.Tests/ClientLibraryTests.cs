using System.Text.Json;
using System.Text.RegularExpressions;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests;

public sealed partial class ClientLibraryTests
{
    [Fact]
    public void The_vendored_chart_js_is_the_version_the_repository_declares()
    {
        using var package = JsonDocument.Parse(File.ReadAllText(RepoPaths.Combine("package.json")));
        var declared = package.RootElement.GetProperty("dependencies").GetProperty("chart.js").GetString();
        using var libman = JsonDocument.Parse(File.ReadAllText(RepoPaths.Combine("libman.json")));
        var library = libman.RootElement.GetProperty("libraries").EnumerateArray().Single();
        var vendored = File.ReadAllText(RepoPaths.Combine("wwwroot", "lib", "chart.js", "chart.umd.min.js"));

        Assert.Matches(@"^\d+\.\d+\.\d+$", declared);
        Assert.Equal("node_modules/chart.js/dist/", library.GetProperty("library").GetString());
        Assert.Equal("wwwroot/lib/chart.js/", library.GetProperty("destination").GetString());
        Assert.Equal(declared, Banner().Match(vendored).Groups[1].Value);
    }

    [GeneratedRegex(@"Chart\.js v(\d+\.\d+\.\d+)")]
    private static partial Regex Banner();
}
