namespace SkillMap.Core.Plans;

/// <summary>What an action in a plan is: training for explicit skills, coaching for implicit ones, a team change, or a strength to share.</summary>
public enum ActionType
{
    Training = 1,
    Coaching = 2,
    Team = 3,
    Strength = 4,
}

/// <summary>Where an action stands. Stored as slugs: planned, in-progress, done, dropped.</summary>
public enum ActionStatus
{
    Planned = 1,
    InProgress = 2,
    Done = 3,
    Dropped = 4,
}

/// <summary>Whose ratings a level comes from: the peers (when enough of them scored the item) or, below the threshold, the manager's and the person's own.</summary>
public enum Basis
{
    Peers = 1,
    ManagerAndSelf = 2,
}

/// <summary>Why an item entered a plan.</summary>
public enum Reason
{
    LowLevel = 1,
    BlindSpot = 2,
    Strength = 3,
    HiddenStrength = 4,
    Added = 5,
}

/// <summary>A plan's state: proposed when a round closes, agreed by the person, approved by a manager.</summary>
public enum PlanStatus
{
    Proposed = 1,
    Agreed = 2,
    Approved = 3,
}
