namespace SkillMap.Core.SkillModel;

/// <summary>One statement of the skill model, placed on one stage of the logic model.</summary>
public sealed record SkillItem
{
    public required string Key { get; init; }
    public required Kind Kind { get; init; }
    public required Area Area { get; init; }
    public required Stage Stage { get; init; }
    public required Scope Scope { get; init; }
    public bool Core { get; init; }
    public IReadOnlyList<string> PracticeAreas { get; init; } = [];
    public IReadOnlyList<string> LifecycleEvents { get; init; } = [];
    public required Bilingual Statement { get; init; }
    public required Bilingual Anchor1 { get; init; }
    public required Bilingual Anchor3 { get; init; }
    public required Bilingual Anchor5 { get; init; }
    public required Bilingual Help { get; init; }
    public required DevelopmentType DevelopmentType { get; init; }
    public required Bilingual Development { get; init; }
}
