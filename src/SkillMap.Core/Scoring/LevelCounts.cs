namespace SkillMap.Core.Scoring;

/// <summary>
/// How many answers gave each level of the scale, and how many said "not observed". Counts rather
/// than averages, so distributions, medians and pooled means stay exact at every level of a rollup.
/// </summary>
public sealed record LevelCounts
{
    public static readonly LevelCounts Zero = new();

    public int N1 { get; init; }
    public int N2 { get; init; }
    public int N3 { get; init; }
    public int N4 { get; init; }
    public int N5 { get; init; }
    public int NotObserved { get; init; }

    /// <summary>Answers with a score; "not observed" is not one.</summary>
    public int Scored => N1 + N2 + N3 + N4 + N5;

    public int Sum => N1 + 2 * N2 + 3 * N3 + 4 * N4 + 5 * N5;

    public double? Mean => Scored == 0 ? null : (double)Sum / Scored;

    public int this[int level] => level switch
    {
        1 => N1,
        2 => N2,
        3 => N3,
        4 => N4,
        5 => N5,
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    /// <summary>The middle score (the mean of the two middle ones for an even count); null without scores.</summary>
    public double? Median
    {
        get
        {
            var n = Scored;
            if (n == 0)
            {
                return null;
            }
            return n % 2 == 1 ? ScoreAt((n + 1) / 2) : (ScoreAt(n / 2) + ScoreAt(n / 2 + 1)) / 2.0;
        }
    }

    /// <summary>The k-th smallest score, 1-based.</summary>
    private int ScoreAt(int k)
    {
        var seen = 0;
        for (var level = Scale.Min; level <= Scale.Max; level++)
        {
            seen += this[level];
            if (seen >= k)
            {
                return level;
            }
        }
        throw new InvalidOperationException("k is beyond the scored answers.");
    }

    public static LevelCounts operator +(LevelCounts a, LevelCounts b) => new()
    {
        N1 = a.N1 + b.N1,
        N2 = a.N2 + b.N2,
        N3 = a.N3 + b.N3,
        N4 = a.N4 + b.N4,
        N5 = a.N5 + b.N5,
        NotObserved = a.NotObserved + b.NotObserved,
    };

    public static LevelCounts Of(IEnumerable<int?> scores)
    {
        var counts = new int[Scale.Max + 1];
        var notObserved = 0;
        foreach (var score in scores)
        {
            if (score is { } s)
            {
                counts[Scale.IsValid(s) ? s : throw new ArgumentOutOfRangeException(nameof(scores), s, "A score is 1 to 5.")]++;
            }
            else
            {
                notObserved++;
            }
        }
        return new LevelCounts { N1 = counts[1], N2 = counts[2], N3 = counts[3], N4 = counts[4], N5 = counts[5], NotObserved = notObserved };
    }

    public static LevelCounts Pool(IEnumerable<LevelCounts> counts) => counts.Aggregate(Zero, (a, b) => a + b);
}
