namespace SkillMap.Core.SkillModel;

/// <summary>The five life events every object goes through, "from good morning to good night" (slug of InUse: <c>in-use</c>).</summary>
public enum LifecycleEvent
{
    New = 1,
    InUse = 2,
    Changed = 3,
    Stopped = 4,
    Retired = 5,
}
