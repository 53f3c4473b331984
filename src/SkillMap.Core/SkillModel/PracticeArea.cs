namespace SkillMap.Core.SkillModel;

/// <summary>The practice areas of operations an item can be tagged with (slugs: <c>service-level</c>, <c>cloud-cost</c>, …).</summary>
public enum PracticeArea
{
    Monitoring = 1,
    Incident = 2,
    Problem = 3,
    Change = 4,
    Configuration = 5,
    ServiceLevel = 6,
    CloudCost = 7,
    BackupRestore = 8,
}
