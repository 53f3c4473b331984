namespace SkillMap.Core.SkillModel;

/// <summary>Whom an item is answered about: the ratee, or the rater's own team.</summary>
public enum Scope
{
    Person = 1,
    Team = 2,
}
