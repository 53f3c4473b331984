namespace SkillMap.Web.Features.Plans;

/// <summary>Settings under <c>Plans</c>: how many items a proposed plan names.</summary>
public sealed class PlansOptions
{
    public const string Section = "Plans";

    /// <summary>Items in need a proposed plan names (lowest level or largest blind spot).</summary>
    public int ProposedItems { get; set; } = 3;

    /// <summary>Strengths a proposed plan lists as things the person can teach.</summary>
    public int StrengthItems { get; set; } = 3;
}
