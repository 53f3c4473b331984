namespace SkillMap.Core.Scoring;

/// <summary>Where a person sits when their own view (x) is plotted against their peers' view (y).</summary>
public enum QuadrantKind
{
    /// <summary>Self and peers both at or above the middle of the scale.</summary>
    AgreedStrength = 1,

    /// <summary>Self at or above the middle, peers below it.</summary>
    BlindSpot = 2,

    /// <summary>Self below the middle, peers at or above it.</summary>
    HiddenStrength = 3,

    /// <summary>Both below the middle.</summary>
    AgreedDevelopment = 4,
}

public static class Quadrant
{
    /// <summary>The middle of the 1–5 scale, where the quadrant's axes cross.</summary>
    public const double Midpoint = 3.0;

    public static QuadrantKind Of(double self, double peers) => (self >= Midpoint, peers >= Midpoint) switch
    {
        (true, true) => QuadrantKind.AgreedStrength,
        (true, false) => QuadrantKind.BlindSpot,
        (false, true) => QuadrantKind.HiddenStrength,
        _ => QuadrantKind.AgreedDevelopment,
    };
}
