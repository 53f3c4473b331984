namespace SkillMap.Core.Scoring;

/// <summary>Whose ratings stand for "the others" on one item.</summary>
public enum OthersSource
{
    /// <summary>The peers' cell, which the anonymity gate lets through.</summary>
    Peers = 1,

    /// <summary>The managers' scores, used only where the peer cell may not be shown.</summary>
    Managers = 2,
}

/// <summary>
/// How others see a person on one item, as every self-versus-others rule reads it: the peer cell when
/// <see cref="Anonymity.CanShow"/> lets it through, otherwise the managers' scores. A suppressed peer
/// cell is absent, exactly as if nobody had answered. Managers' ratings are attributed (the person sees
/// each under its author's name), so falling back to them reveals nothing; they are never pooled into
/// the peer cell. Kept as a whole-number sum and count so comparisons are exact.
/// </summary>
public sealed record Others(OthersSource Source, int Sum, int Scored)
{
    /// <summary>The others' mean score.</summary>
    public double Level => (double)Sum / Scored;

    /// <param name="peerSum">Sum of the peers' scores ("not observed" adds nothing).</param>
    /// <param name="peerScored">How many peer scores were given.</param>
    /// <param name="peerRaters">Distinct peers (sheets) who gave a score: what the gate decides on.</param>
    /// <param name="managerSum">Sum of the managers' scores.</param>
    /// <param name="managerScored">How many manager scores were given.</param>
    /// <param name="threshold">The round's configured peer threshold.</param>
    /// <returns>Null when neither a shown peer cell nor a manager's score exists.</returns>
    public static Others? Of(int peerSum, int peerScored, int peerRaters, int managerSum, int managerScored, int threshold)
    {
        if (peerScored > 0 && Anonymity.CanShow(peerRaters, threshold))
        {
            return new Others(OthersSource.Peers, peerSum, peerScored);
        }
        return managerScored > 0 ? new Others(OthersSource.Managers, managerSum, managerScored) : null;
    }

    /// <summary>The same rule from level counts (a peer cell, and the managers' scores counted).</summary>
    public static Others? Of(LevelCounts? peers, int peerRaters, LevelCounts? managers, int threshold) =>
        Of(peers?.Sum ?? 0, peers?.Scored ?? 0, peerRaters, managers?.Sum ?? 0, managers?.Scored ?? 0, threshold);
}
