using System.Xml.Linq;
using SkillMap.Core.SkillModel;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Localization;

/// <summary>Every value of the domain's enums has a display label in both languages.</summary>
public sealed class LabelTests
{
    private static Dictionary<string, string> Resource(string file) =>
        XDocument.Load(RepoPaths.Combine("src", "SkillMap.Web", "Resources", file))
            .Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    private static IEnumerable<string> Keys<T>() where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => $"{typeof(T).Name}.{v}");

    [Fact]
    public void Stage_area_kind_perspective_and_the_tags_have_labels_in_both_languages()
    {
        var keys = Keys<Stage>().Concat(Keys<Area>()).Concat(Keys<Kind>()).Concat(Keys<Perspective>()).Concat(Keys<Scope>())
            .Concat(Keys<PracticeArea>()).Concat(Keys<LifecycleEvent>()).Concat(Keys<DevelopmentType>()).ToList();

        foreach (var file in new[] { "Strings.resx", "Strings.ja.resx" })
        {
            var strings = Resource(file);
            Assert.All(keys, k => Assert.False(string.IsNullOrWhiteSpace(strings.GetValueOrDefault(k)), $"{file}: {k}"));
        }
    }

    [Fact]
    public void Japanese_labels_of_areas_and_stages_never_collide()
    {
        var japanese = Resource("Strings.ja.resx");
        var labels = Keys<Stage>().Concat(Keys<Area>()).Select(k => japanese[k]).ToList();

        Assert.Equal(labels.Count, labels.Distinct().Count());
        Assert.Equal(Keys<Kind>().Count(), Keys<Kind>().Select(k => japanese[k]).Distinct().Count());
    }
}
