using SkillMap.Core.SkillModel;

namespace SkillMap.Core.Tests.SkillModel;

public sealed class ItemSignatureTests
{
    private static ItemSignature Item(string key, string anchor3 = "three") =>
        new(key, new Bilingual { Ja = "一", En = "one" }, new Bilingual { Ja = "三", En = anchor3 }, new Bilingual { Ja = "五", En = "five" });

    [Fact]
    public void Items_with_the_same_key_and_anchors_are_comparable()
    {
        var keys = ItemSignature.ComparableKeys([Item("a"), Item("b")], [Item("b"), Item("a")]);

        Assert.Equal(["a", "b"], keys.Order());
    }

    [Fact]
    public void A_reworded_anchor_or_a_new_key_breaks_the_trend()
    {
        var keys = ItemSignature.ComparableKeys([Item("a"), Item("b"), Item("c")], [Item("a"), Item("b", anchor3: "three, reworded")]);

        Assert.Equal(["a"], keys);
    }
}
