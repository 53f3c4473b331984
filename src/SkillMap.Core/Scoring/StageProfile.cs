using SkillMap.Core.SkillModel;

namespace SkillMap.Core.Scoring;

/// <summary>One perspective's average per stage; a stage is null when nothing in it may be shown.</summary>
public sealed record StageProfile(IReadOnlyDictionary<Stage, double?> Averages)
{
    public double? this[Stage stage] => Averages.TryGetValue(stage, out var value) ? value : null;

    /// <summary>
    /// Builds the profile only from cells the anonymity gate lets through, so no hidden cell can be
    /// recovered by subtracting visible ones from a higher-level average.
    /// </summary>
    public static StageProfile FromCells(IEnumerable<ScoreCell> cells, int threshold)
    {
        var shown = cells
            .Where(cell => cell.Scored > 0 && Anonymity.CanShow(cell.DistinctRaters, threshold))
            .GroupBy(cell => cell.Stage)
            .ToDictionary(g => g.Key, g => (double?)(g.Sum(c => c.Sum) / g.Sum(c => c.Scored)));
        return new StageProfile(Enum.GetValues<Stage>().ToDictionary(s => s, s => shown.GetValueOrDefault(s)));
    }

    /// <summary>A person's own answers need no gate: they are shown back to the person who gave them.</summary>
    public static StageProfile FromOwnAnswers(IEnumerable<(Stage Stage, int? Score)> answers)
    {
        var scored = answers.Where(a => a.Score is not null)
            .GroupBy(a => a.Stage)
            .ToDictionary(g => g.Key, g => (double?)g.Average(a => a.Score!.Value));
        return new StageProfile(Enum.GetValues<Stage>().ToDictionary(s => s, s => scored.GetValueOrDefault(s)));
    }
}
