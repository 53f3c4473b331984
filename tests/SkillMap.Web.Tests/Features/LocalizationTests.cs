using System.Net;
using System.Net.Http.Headers;
using System.Xml.Linq;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features;

public sealed class LocalizationTests(SkillMapFactory app) : IClassFixture<SkillMapFactory>
{
    private static Dictionary<string, string> Resource(string file) =>
        XDocument.Load(RepoPaths.Combine("src", "SkillMap.Web", "Resources", file))
            .Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    [Fact]
    public void Every_string_exists_in_both_languages_and_is_not_empty()
    {
        var english = Resource("Strings.resx");
        var japanese = Resource("Strings.ja.resx");

        Assert.Empty(english.Keys.Except(japanese.Keys));
        Assert.Empty(japanese.Keys.Except(english.Keys));
        Assert.Empty(english.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key));
        Assert.Empty(japanese.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key));
    }

    [Fact]
    public void Every_key_the_code_asks_for_exists()
    {
        var keys = Resource("Strings.resx").Keys.ToHashSet();
        var source = Directory.EnumerateFiles(RepoPaths.Combine("src", "SkillMap.Web"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var asked = source
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), @"\b[Tt]\[""([A-Za-z0-9_.]+)""(?=\]|,)").Select(m => m.Groups[1].Value))
            .ToHashSet();

        Assert.Empty(asked.Except(keys));
    }

    [Fact]
    public void Every_kind_of_model_problem_has_a_message_in_both_languages()
    {
        // ProblemText builds the key from the kind (t[$"ModelProblem.{kind}"]), which the search above cannot see.
        var expected = Enum.GetNames<SkillMap.Core.SkillModel.ModelProblemKind>().Select(kind => $"ModelProblem.{kind}").ToList();

        Assert.Empty(expected.Except(Resource("Strings.resx").Keys));
        Assert.Empty(expected.Except(Resource("Strings.ja.resx").Keys));
    }

    [Theory]
    [InlineData("ja", "ホーム", "lang=\"ja\"")]
    [InlineData("en", "Skip to content", "lang=\"en\"")]
    [InlineData("en-US,en;q=0.9", "Skip to content", "lang=\"en\"")]
    public async Task The_home_page_follows_the_browser_language(string acceptLanguage, string expectedText, string expectedLang)
    {
        var client = app.CreateBrowserClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);

        var html = await (await client.GetAsync("/")).Content.ReadAsStringAsync();

        Assert.Contains(expectedText, html);
        Assert.Contains(expectedLang, html);
    }

    [Fact]
    public async Task The_language_switch_wins_over_the_browser_and_is_remembered()
    {
        var client = app.CreateBrowserClient();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        var home = await client.GetPageAsync("/");

        var response = await client.GetAsync(home.QuerySelector(".language-switch a[lang=ja]")!.GetAttribute("href"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        var after = await client.GetPageAsync("/");
        Assert.Equal("ja", after.DocumentElement.GetAttribute("lang"));
        Assert.Equal("true", after.QuerySelector(".language-switch a[lang=ja]")?.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task The_language_switch_never_redirects_to_another_site()
    {
        var response = await app.CreateBrowserClient().GetAsync("/language/en?returnUrl=" + Uri.EscapeDataString("https://evil.example/"));

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Anonymous_pages_work_over_plain_http_in_production()
    {
        // Behind no TLS at all (a first trial, a health check), the home page must still render.
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost") });

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
