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
}
