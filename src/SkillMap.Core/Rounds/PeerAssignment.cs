namespace SkillMap.Core.Rounds;

/// <summary>
/// Automatic peer assignment inside one team: raters are dealt ratees in turns, each turn giving every
/// rater the least-rated colleague they do not rate yet, then loads are evened out, so every ratee ends
/// with as many peers as the others (differing by one at most where the numbers allow).
/// </summary>
public static class PeerAssignment
{
    public static IReadOnlyList<(int RateeId, int RaterId)> Balanced(
        IReadOnlyCollection<int> raters, IReadOnlyCollection<int> ratees, int perRater, Random random)
    {
        var rank = ratees.OrderBy(_ => random.Next()).Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        var load = ratees.ToDictionary(r => r, _ => 0);
        var given = raters.ToDictionary(r => r, _ => new HashSet<int>());
        var order = raters.OrderBy(_ => random.Next()).ToList();
        for (var turn = 0; turn < perRater; turn++)
        {
            // Snake order: whoever chose last in one turn chooses first in the next.
            var sequence = turn % 2 == 0 ? order : Enumerable.Reverse(order);
            foreach (var rater in sequence)
            {
                var pick = ratees
                    .Where(r => r != rater && !given[rater].Contains(r))
                    .OrderBy(r => load[r]).ThenBy(r => rank[r])
                    .Cast<int?>()
                    .FirstOrDefault();
                if (pick is { } ratee)
                {
                    given[rater].Add(ratee);
                    load[ratee]++;
                }
            }
        }
        Even(given, load);
        return given.SelectMany(g => g.Value.Select(ratee => (ratee, g.Key))).OrderBy(p => p.ratee).ThenBy(p => p.Key).ToList();
    }

    /// <summary>Moves one rating at a time from the most-rated to the least-rated ratee while that helps.</summary>
    private static void Even(Dictionary<int, HashSet<int>> given, Dictionary<int, int> load)
    {
        while (true)
        {
            var move = (
                from low in load.OrderBy(l => l.Value)
                from high in load.OrderByDescending(h => h.Value)
                where high.Value - low.Value > 1
                from rater in given
                where rater.Key != low.Key && rater.Value.Contains(high.Key) && !rater.Value.Contains(low.Key)
                select (Rater: rater.Key, From: high.Key, To: low.Key)).Cast<(int Rater, int From, int To)?>().FirstOrDefault();
            if (move is not { } m)
            {
                return;
            }
            given[m.Rater].Remove(m.From);
            given[m.Rater].Add(m.To);
            load[m.From]--;
            load[m.To]++;
        }
    }
}
