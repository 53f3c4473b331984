using SkillMap.Core.Organisation;

namespace SkillMap.Core.Tests.Organisation;

public sealed class VisibleTextTests
{
    [Fact]
    public void A_thousand_family_emoji_count_as_a_thousand_characters()
    {
        var family = string.Concat(Enumerable.Repeat("👨‍👩‍👧", 1000));

        Assert.Equal(1000, VisibleText.Length(family));
        Assert.True(family.Length > 1000);
        Assert.False(VisibleText.Fits(family), "8,000 UTF-16 units do not fit an NVARCHAR(4000) column");
    }

    [Theory]
    [InlineData(1000, true)]
    [InlineData(1001, false)]
    public void Japanese_and_emoji_fit_up_to_a_thousand_visible_characters(int count, bool fits)
    {
        var text = string.Concat(Enumerable.Range(0, count).Select(i => i % 2 == 0 ? "運" : "😀"));

        Assert.Equal(fits, VisibleText.Fits(text));
    }

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
    public void Half_width_kana_and_full_width_digits_are_normalised() =>
        Assert.Equal("サトウ 0012", VisibleText.Nfkc("ｻﾄｳ　００１２"));

    [Fact]
    public void People_sort_by_reading_with_hiragana_and_katakana_alike()
    {
        var people = new[] { ("渡辺", "わたなべ"), ("伊藤", "イトウ"), ("Aoki", null), ("佐藤", "ｻﾄｳ"), ("加藤", "かとう") };

        var sorted = people.OrderBy(p => NameOrder.Key(p.Item1, p.Item2), NameOrder.Instance).Select(p => p.Item1).ToList();

        Assert.Equal(["Aoki", "伊藤", "加藤", "佐藤", "渡辺"], sorted);
    }
}
