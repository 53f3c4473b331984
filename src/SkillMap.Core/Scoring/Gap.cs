namespace SkillMap.Core.Scoring;

public enum GapKind
{
    None = 0,

    /// <summary>The person rates themselves at least a point above what their peers see.</summary>
    BlindSpot = 1,

    /// <summary>Peers see the person at least a point above their own rating.</summary>
    HiddenStrength = 2,
}

/// <summary>
/// Self versus peers on one item. Only a peer cell the gate lets through can make a gap, and the
/// comparison is done in whole numbers (self × n against the peers' sum), so 4 against a peer mean
/// of exactly 3.0 is a blind spot with no rounding surprise.
/// </summary>
public static class Gap
{
    /// <summary>How far apart, in scale points, self and peers must be.</summary>
    public const int Points = 1;

    public static GapKind Classify(int? self, LevelCounts? shownPeers)
    {
        if (self is not { } s || shownPeers is not { Scored: > 0 } peers)
        {
            return GapKind.None;
        }
        var difference = s * peers.Scored - peers.Sum;
        return difference >= Points * peers.Scored ? GapKind.BlindSpot
            : -difference >= Points * peers.Scored ? GapKind.HiddenStrength
            : GapKind.None;
    }
}
