namespace SkillMap.Core.SkillModel;

/// <summary>Who answers a sheet: the person about themselves, a peer, a manager, or a member about their team.</summary>
public enum Perspective
{
    Self = 1,
    Peer = 2,
    Manager = 3,
    Team = 4,
}
