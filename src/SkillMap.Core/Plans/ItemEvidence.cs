using SkillMap.Core.Scoring;
using SkillMap.Core.SkillModel;

namespace SkillMap.Core.Plans;

/// <summary>
/// What one round says about one person on one item, as the database counted it: whole-number sums and
/// counts. The peer figures are raw; whether they may be used is decided by <see cref="Scoring.Others"/>
/// through the anonymity gate.
/// </summary>
public sealed record ItemEvidence
{
    public required string ItemKey { get; init; }
    public required Kind Kind { get; init; }
    public required Area Area { get; init; }
    public Stage Stage { get; init; }
    public int Position { get; init; }

    /// <summary>Sum of the peers' scores about this person on this item ("not observed" adds nothing).</summary>
    public int PeerSum { get; init; }

    /// <summary>How many peer scores were given.</summary>
    public int PeerScored { get; init; }

    /// <summary>Distinct peers (sheets) who gave a score.</summary>
    public int PeerRaters { get; init; }

    /// <summary>Sum of the scores the person's managers gave.</summary>
    public int ManagerSum { get; init; }

    /// <summary>How many manager scores were given.</summary>
    public int ManagerScored { get; init; }

    /// <summary>The person's own score (null when "not observed" or not answered).</summary>
    public int? Self { get; init; }

    /// <summary>How others see the person here, through the one rule the personal report uses too.</summary>
    public Others? SeenByOthers(int threshold) => Scoring.Others.Of(PeerSum, PeerScored, PeerRaters, ManagerSum, ManagerScored, threshold);
}

/// <summary>
/// The level a plan may use for one item: the shown peer average, or — when peers are below the
/// threshold — the manager's score. Never built from a suppressed cell.
/// </summary>
public sealed record ItemLevel
{
    public required string ItemKey { get; init; }
    public required Kind Kind { get; init; }
    public required Area Area { get; init; }
    public int Position { get; init; }
    public required Basis Basis { get; init; }
    public required double Level { get; init; }
    public int? Self { get; init; }

    /// <summary>Self against the level (<see cref="Scoring.Gap"/>): a blind spot, a hidden strength or neither.</summary>
    public GapKind Gap { get; init; }

    /// <summary>Self minus the level; positive when the person rates themselves higher.</summary>
    public double? SelfGap => Self is { } self ? self - Level : null;
}
