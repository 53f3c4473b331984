namespace SkillMap.Core.Scoring;

/// <summary>
/// The behaviour-anchored 1–5 scale. "Not observed" is a real answer stored as NULL:
/// it is counted on its own and never enters an average.
/// </summary>
public static class Scale
{
    public const int Min = 1;
    public const int Max = 5;

    /// <summary>The levels whose meaning the model spells out; 2 and 4 sit between them.</summary>
    public static readonly int[] AnchoredLevels = [1, 3, 5];

    public static bool IsValid(int score) => score is >= Min and <= Max;
}
