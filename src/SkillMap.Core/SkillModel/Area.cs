namespace SkillMap.Core.SkillModel;

public enum Area
{
    Logic = 1,
    Abstraction = 2,
    Concretization = 3,
    Mindset = 4,
    Conduct = 5,
    Outcome = 6,
}
