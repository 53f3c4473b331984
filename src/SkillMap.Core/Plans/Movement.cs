namespace SkillMap.Core.Plans;

public enum Direction
{
    Unknown = 0,
    Up = 1,
    Same = 2,
    Down = 3,
}

/// <summary>"Did it move?": a plan item's level in the plan's round against a later round, each read through the gate.</summary>
public sealed record Movement(ItemLevel? Before, ItemLevel? After)
{
    /// <summary>A change smaller than this is noise on a 1–5 scale averaged over a few raters.</summary>
    public const double Step = 0.5;

    public double? Delta => Before is { } b && After is { } a ? a.Level - b.Level : null;

    /// <summary>False when one level came from peers and the other from the manager: read with care.</summary>
    public bool SameBasis => Before?.Basis == After?.Basis;

    public Direction Direction => Delta switch
    {
        null => Direction.Unknown,
        >= Step => Direction.Up,
        <= -Step => Direction.Down,
        _ => Direction.Same,
    };
}
