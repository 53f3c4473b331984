using System.Globalization;
using Microsoft.Extensions.Localization;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Localization;

/// <summary>The strings a page asks for are kept per language, and a reader never gets another language's.</summary>
public sealed class CachedStringsTests(SkillMapFactory app) : IClassFixture<SkillMapFactory>
{
    private IStringLocalizer<Strings> T => app.Service<IStringLocalizer<Strings>>();

    private static T In<T>(string culture, Func<T> read)
    {
        var (ui, format) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return read();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, format);
        }
    }

    [Fact]
    public void The_same_string_asked_in_turn_in_Japanese_and_English_comes_in_each_language_every_time()
    {
        var answers = Enumerable.Range(0, 3)
            .SelectMany(_ => new[] { In("ja", () => T["Layout.SkipToContent"].Value), In("en", () => T["Layout.SkipToContent"].Value) })
            .ToList();

        Assert.Equal(3, answers.Count(a => a == "Skip to content"));
        Assert.Equal(3, answers.Count(a => a != "Skip to content" && a.Length > 0));
        // Another instance of the same culture reads the same strings.
        Assert.Equal(answers[0], In("ja", () => { CultureInfo.CurrentUICulture = new CultureInfo("ja"); return T["Layout.SkipToContent"].Value; }));
    }

    [Fact]
    public void Arguments_are_filled_in_each_time_and_an_unknown_key_answers_its_own_name()
    {
        var first = In("en", () => T["Survey.Progress.Count", 3, 45].Value);
        var second = In("en", () => T["Survey.Progress.Count", 4, 45].Value);
        var missing = In("en", () => T["No.Such.Key"]);

        Assert.Equal("3 of 45 answered", first);
        Assert.Equal("4 of 45 answered", second);
        Assert.True(missing.ResourceNotFound);
        Assert.Equal("No.Such.Key", missing.Value);
    }
}
