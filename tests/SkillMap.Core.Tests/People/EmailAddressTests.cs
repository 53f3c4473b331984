using SkillMap.Core.People;

namespace SkillMap.Core.Tests.People;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("Taro@Example.JP", "TARO@EXAMPLE.JP")]
    [InlineData("  taro@example.jp ", "TARO@EXAMPLE.JP")]
    [InlineData("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ", "TARO@EXAMPLE.JP")]
    public void Addresses_differing_in_case_width_or_spaces_are_one_address(string typed, string normalized) =>
        Assert.Equal(normalized, EmailAddress.Normalize(typed));

    [Theory]
    [InlineData("ＴＡＮＡＫＡ＠ｅｘａｍｐｌｅ．ｃｏｍ", "TANAKA@example.com")]
    [InlineData("  sato@example.com ", "sato@example.com")]
    public void An_address_is_kept_as_typed_apart_from_full_width_letters_and_spaces(string typed, string kept) =>
        Assert.Equal(kept, EmailAddress.Clean(typed));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_address_has_no_normalized_form(string? typed) => Assert.Null(EmailAddress.Normalize(typed));

    [Theory]
    [InlineData("taro@example.jp", true)]
    [InlineData("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ", true)]
    [InlineData("taro.yamada+skills@ops.example.co.jp", true)]
    [InlineData("taro", false)]
    [InlineData("@example.jp", false)]
    [InlineData("taro@example", false)]
    [InlineData("taro@@example.jp", false)]
    [InlineData("taro yamada@example.jp", false)]
    [InlineData("taro@example.jp.", false)]
    [InlineData("<script>@example.jp", false)]
    public void Plausible_addresses_are_told_from_typos(string typed, bool plausible) =>
        Assert.Equal(plausible, EmailAddress.IsPlausible(typed));

    [Fact]
    public void An_address_longer_than_254_characters_is_refused() =>
        Assert.False(EmailAddress.IsPlausible(new string('a', 250) + "@example.jp"));
}
