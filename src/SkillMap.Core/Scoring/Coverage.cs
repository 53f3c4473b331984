namespace SkillMap.Core.Scoring;

/// <summary>
/// Where capability is thin: an item is covered in a team when at least one member's shown peer
/// cell reaches <see cref="StrongLevel"/> (consistently above the level-3 anchor). Few covered teams
/// across the organisation means the skill rests on few people.
/// </summary>
public static class Coverage
{
    public const int StrongLevel = 4;

    /// <summary>Whole-number test of mean ≥ StrongLevel, the same test the rollup's SQL makes.</summary>
    public static bool IsStrong(LevelCounts shown) => shown.Scored > 0 && shown.Sum >= StrongLevel * shown.Scored;

    /// <summary>Share of teams covered, 0–1; null when no team had a shown cell.</summary>
    public static double? Share(int teamsWithStrong, int teams) => teams == 0 ? null : (double)teamsWithStrong / teams;
}
