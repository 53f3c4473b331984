namespace SkillMap.Core.Scoring;

public enum GapKind
{
    None = 0,

    /// <summary>The person rates themselves at least a point above how others see them.</summary>
    BlindSpot = 1,

    /// <summary>Others see the person at least a point above their own rating.</summary>
    HiddenStrength = 2,
}

/// <summary>
/// Self versus others on one item: the one rule behind the personal report's blind spots and hidden
/// strengths and the training plan's. Only <see cref="Others"/> can be compared against, so a
/// suppressed peer cell can never make (or unmake) a gap. The comparison is done in whole numbers
/// (self × n against the others' sum), so 4 against a mean of exactly 3.0 is a blind spot with no
/// rounding surprise.
/// </summary>
public static class Gap
{
    /// <summary>How far apart, in scale points, self and others must be.</summary>
    public const int Points = 1;

    public static GapKind Classify(int? self, Others? others)
    {
        if (self is not { } s || others is not { Scored: > 0 } o)
        {
            return GapKind.None;
        }
        var difference = (long)s * o.Scored - o.Sum;
        return difference >= (long)Points * o.Scored ? GapKind.BlindSpot
            : -difference >= (long)Points * o.Scored ? GapKind.HiddenStrength
            : GapKind.None;
    }
}
