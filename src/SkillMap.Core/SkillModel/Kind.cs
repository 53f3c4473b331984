namespace SkillMap.Core.SkillModel;

/// <summary>Explicit skills are easy to evaluate and train; implicit ones are mindset and conduct; team items are answered about the team.</summary>
public enum Kind
{
    Explicit = 1,
    Implicit = 2,
    Team = 3,
}
