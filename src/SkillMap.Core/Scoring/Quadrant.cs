namespace SkillMap.Core.Scoring;

/// <summary>Where a person sits when their own view (x) is plotted against their peers' view (y).</summary>
public enum QuadrantKind
{
    /// <summary>Self and peers both at or above the centre.</summary>
    AgreedStrength = 1,

    /// <summary>Self at or above the centre, peers below it.</summary>
    BlindSpot = 2,

    /// <summary>Self below the centre, peers at or above it.</summary>
    HiddenStrength = 3,

    /// <summary>Both below the centre.</summary>
    AgreedDevelopment = 4,
}

public static class Quadrant
{
    /// <summary>The middle of the 1–5 scale: where the axes cross when no other centre is given.</summary>
    public const double Midpoint = 3.0;

    /// <param name="selfCentre">Where the self axis is split, e.g. the team's average self rating.</param>
    /// <param name="peerCentre">Where the peer axis is split, e.g. the team's average peer rating.</param>
    public static QuadrantKind Of(double self, double peers, double selfCentre = Midpoint, double peerCentre = Midpoint) => (self >= selfCentre, peers >= peerCentre) switch
    {
        (true, true) => QuadrantKind.AgreedStrength,
        (true, false) => QuadrantKind.BlindSpot,
        (false, true) => QuadrantKind.HiddenStrength,
        _ => QuadrantKind.AgreedDevelopment,
    };
}
