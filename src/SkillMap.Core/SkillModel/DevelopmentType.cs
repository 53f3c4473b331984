namespace SkillMap.Core.SkillModel;

/// <summary>What closing a gap on an item takes: training for explicit skills, coaching for implicit ones, a team change for team items.</summary>
public enum DevelopmentType
{
    Training = 1,
    Coaching = 2,
    Team = 3,
}
