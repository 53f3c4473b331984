using SkillMap.Core.Text;

namespace SkillMap.Core.Tests.Text;

public sealed class VisibleTextTests
{
    [Theory]
    [InlineData("運用設計", 4)]
    [InlineData("👨‍👩‍👧", 1)]
    [InlineData("か\u3099", 1)]
    [InlineData("🇯🇵🇬🇧", 2)]
    [InlineData("abc", 3)]
    [InlineData("", 0)]
    public void Length_counts_the_characters_a_person_sees(string text, int expected) =>
        Assert.Equal(expected, VisibleText.Length(text));

    [Fact]
    public void A_thousand_emoji_fit_a_free_text_field_and_one_more_does_not()
    {
        var thousand = string.Concat(Enumerable.Repeat("😀", 1000));

        Assert.True(VisibleText.Fits(thousand, VisibleText.FreeText, VisibleText.FreeTextStorage));
        Assert.False(VisibleText.Fits(thousand + "あ", VisibleText.FreeText, VisibleText.FreeTextStorage));
    }

    [Fact]
    public void Text_that_would_not_fit_its_column_is_refused_even_when_few_characters_show()
    {
        // 400 family emoji are 400 visible characters but 3,200 UTF-16 units.
        var families = string.Concat(Enumerable.Repeat("👨‍👩‍👧", 400));

        Assert.False(VisibleText.Fits(families, VisibleText.Name, VisibleText.NameStorage));
        Assert.False(VisibleText.Fits(families, 500, VisibleText.NameStorage));
    }

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

    [Fact]
    public void Half_width_kana_and_full_width_digits_are_normalised() =>
        Assert.Equal("サトウ 0012", VisibleText.Nfkc("ｻﾄｳ　００１２"));
}
