namespace SkillMap.Core.SkillModel;

/// <summary>The four stages of the logic model every item sits on: input → thinking → output → outcome.</summary>
public enum Stage
{
    Input = 1,
    Thinking = 2,
    Output = 3,
    Outcome = 4,
}
