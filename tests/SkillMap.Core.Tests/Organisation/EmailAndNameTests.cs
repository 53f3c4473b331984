using SkillMap.Core.Organisation;

namespace SkillMap.Core.Tests.Organisation;

/// <summary>How people's e-mail addresses and names are cleaned and ordered.</summary>
public sealed class EmailAndNameTests
{
    [Theory]
    [InlineData("ＴＡＮＡＫＡ＠ｅｘａｍｐｌｅ．ｃｏｍ", "TANAKA@example.com")]
    [InlineData("  sato@example.com ", "sato@example.com")]
    public void Full_width_emails_are_normalised(string typed, string expected) =>
        Assert.Equal(expected, EmailAddress.Clean(typed));

    [Theory]
    [InlineData("a@b.jp", true)]
    [InlineData("a@b", false)]
    [InlineData("a b@c.jp", false)]
    [InlineData("a@@c.jp", false)]
    public void Email_shape_is_checked(string email, bool valid) => Assert.Equal(valid, EmailAddress.IsValid(email));

    [Fact]
    public void People_sort_by_reading_with_hiragana_and_katakana_alike()
    {
        var people = new[] { ("渡辺", "わたなべ"), ("伊藤", "イトウ"), ("Aoki", null), ("佐藤", "ｻﾄｳ"), ("加藤", "かとう") };

        var sorted = people.OrderBy(p => NameOrder.Key(p.Item1, p.Item2), NameOrder.Instance).Select(p => p.Item1).ToList();

        Assert.Equal(["Aoki", "伊藤", "加藤", "佐藤", "渡辺"], sorted);
    }
}
