using SkillMap.Core.Organisation;

namespace SkillMap.Core.Tests.Organisation;

public sealed class NameOrderTests
{
    [Fact]
    public void People_sort_by_reading_with_hiragana_and_katakana_alike()
    {
        var people = new[] { ("渡辺", "わたなべ"), ("伊藤", "イトウ"), ("Aoki", null), ("佐藤", "ｻﾄｳ"), ("加藤", "かとう") };

        var sorted = people.OrderBy(p => NameOrder.Key(p.Item1, p.Item2), NameOrder.Instance).Select(p => p.Item1).ToList();

        Assert.Equal(["Aoki", "伊藤", "加藤", "佐藤", "渡辺"], sorted);
    }
}
