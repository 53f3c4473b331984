using SkillMap.Core.SkillModel;

namespace SkillMap.Core.Scoring;

/// <summary>
/// The smallest block of answers an anonymous aggregate is built from, as the database counted it:
/// for peers one ratee × one item, for team answers one team × one item.
/// </summary>
public sealed record ScoreCell
{
    public required Stage Stage { get; init; }

    /// <summary>Sum of the scores given; "not observed" adds nothing.</summary>
    public double Sum { get; init; }

    /// <summary>How many scores were given ("not observed" excluded).</summary>
    public int Scored { get; init; }

    /// <summary>How many answers were "not observed".</summary>
    public int NotObserved { get; init; }

    /// <summary>Distinct raters (sheets) who gave a score in this cell.</summary>
    public int DistinctRaters { get; init; }
}
