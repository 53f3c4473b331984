using SkillMap.Core.SkillModel;

namespace SkillMap.Core.Scoring;

/// <summary>
/// The smallest block an anonymous aggregate is built from, as a rollup counted it: for peers one
/// ratee × one item, for team answers one team × one item, for self answers one team × one item.
/// Whether it may be shown is decided by <see cref="Anonymity.CanShow"/> on <see cref="Raters"/>.
/// </summary>
public sealed record CountCell
{
    public int RoundId { get; init; }
    public int ItemId { get; init; }
    public Stage Stage { get; init; }
    public Area Area { get; init; }
    public Kind Kind { get; init; }

    /// <summary>The ratee for peer cells; null for team-level cells.</summary>
    public int? RateeId { get; init; }

    public int N1 { get; init; }
    public int N2 { get; init; }
    public int N3 { get; init; }
    public int N4 { get; init; }
    public int N5 { get; init; }
    public int NotObserved { get; init; }

    /// <summary>Distinct raters (sheets) who gave a score in this cell, "not observed" excluded.</summary>
    public int Raters { get; init; }

    public LevelCounts Counts => new() { N1 = N1, N2 = N2, N3 = N3, N4 = N4, N5 = N5, NotObserved = NotObserved };

    /// <summary>The cell's counts when the gate lets it through; otherwise null (absent, never zero).</summary>
    public LevelCounts? Shown(int threshold) => Anonymity.CanShow(Raters, threshold) && Counts.Scored > 0 ? Counts : null;
}
