namespace SkillMap.Core.Rounds;

/// <summary>How a round's peers are chosen.</summary>
public enum AssignmentMode
{
    /// <summary>Each member rates up to N teammates, balanced so every ratee gets about as many peers.</summary>
    Automatic = 1,

    /// <summary>The manager picks each ratee's peers.</summary>
    Manager = 2,

    /// <summary>The ratee proposes peers; the manager approves or changes them.</summary>
    Nomination = 3,
}
