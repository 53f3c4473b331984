using SkillMap.Core.Scoring;
using SkillMap.Core.SkillModel;

namespace SkillMap.Core.Plans;

/// <summary>
/// What one round says about one person on one item, as the database counted it. The peer cell is
/// the raw count; whether it may be used is decided by <see cref="PlanRules"/> through the anonymity gate.
/// </summary>
public sealed record ItemEvidence
{
    public required string ItemKey { get; init; }
    public required Kind Kind { get; init; }
    public required Area Area { get; init; }
    public Stage Stage { get; init; }
    public int Position { get; init; }

    /// <summary>The peers' answers about this person on this item (null when nobody answered).</summary>
    public ScoreCell? Peer { get; init; }

    /// <summary>The average of the scores the person's managers gave (null when none scored).</summary>
    public double? Manager { get; init; }

    /// <summary>The person's own score (null when "not observed" or not answered).</summary>
    public int? Self { get; init; }
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

    /// <summary>Self minus the level; positive when the person rates themselves higher.</summary>
    public double? SelfGap => Self is { } self ? self - Level : null;
}
