using SkillMap.Core.SkillModel;
using SkillMap.Web.Features.SkillModel;

namespace SkillMap.Web.Features.Reports;

public static class ItemSignatures
{
    /// <summary>What decides whether an item's answers compare across rounds: its key and its anchors.</summary>
    public static ItemSignature Of(SkillItemRow item) => new(item.ItemKey, item.Anchor(1)!, item.Anchor(3)!, item.Anchor(5)!);
}
