namespace SkillMap.Core.Scoring;

/// <summary>
/// The single gate for every anonymous aggregate (peer ratings and the team's answers about itself).
/// A cell is shown only when enough distinct raters gave a score in it; below that it is suppressed,
/// never rounded or padded. Every page, chart, table and export asks this class.
/// </summary>
public static class Anonymity
{
    /// <summary>The floor no configuration can lower.</summary>
    public const int MinimumRaters = 3;

    /// <summary>The threshold a round actually applies: its configured value, never below the floor.</summary>
    public static int EffectiveThreshold(int configured) => Math.Max(MinimumRaters, configured);

    /// <param name="distinctRaters">Distinct raters (sheets) who gave a score, "not observed" excluded.</param>
    /// <param name="configuredThreshold">The round's configured threshold.</param>
    public static bool CanShow(int distinctRaters, int configuredThreshold) =>
        distinctRaters >= EffectiveThreshold(configuredThreshold);
}
