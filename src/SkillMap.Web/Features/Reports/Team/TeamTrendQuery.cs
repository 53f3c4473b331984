using Dapper;
using Microsoft.Extensions.Localization;
using SkillMap.Core.Scoring;
using SkillMap.Core.SkillModel;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Reports.Charts;
using SkillMap.Web.Features.Reports.Rollups;
using SkillMap.Web.Features.SkillModel;

namespace SkillMap.Web.Features.Reports.Team;

/// <summary>
/// A team's profile over its last closed rounds (up to eight), counting in each round only items
/// comparable with the newest one (same key, same anchors) and only cells the gate lets through.
/// </summary>
public sealed partial class TeamTrendQuery(Db db, RollupBuilder rollups, ModelItems model)
{
    public const int MaxRounds = 8;

    public sealed record Trend(IReadOnlyList<ClosedRound> Rounds, ReportChart Stages, ReportChart Balance, IReadOnlyList<int> ComparableItems);

    /// <param name="rounds">The team's closed rounds, newest first (TeamDashboardQuery.RoundsAsync).</param>
    public async Task<Trend> LoadAsync(int teamId, IReadOnlyList<ClosedRound> rounds, IStringLocalizer t, CancellationToken cancellationToken = default)
    {
        var chosen = rounds.Take(MaxRounds).Reverse().ToList();
        var (peerCells, teamCells) = await CellsAsync(teamId, chosen, cancellationToken);
        var byId = new Dictionary<int, SkillItemRow>();
        foreach (var version in chosen.Select(r => r.ModelVersionId).Distinct())
        {
            foreach (var item in await model.ForVersionAsync(version, cancellationToken))
            {
                byId[item.Id] = item;
            }
        }
        var peer = ItemCells.Placed(peerCells, byId);
        var team = ItemCells.Placed(teamCells, byId);

        // Which item ids of each round compare with the newest round's items.
        var reference = (await model.ForVersionAsync(chosen[^1].ModelVersionId, cancellationToken)).Select(ItemSignatures.Of).ToList();
        var comparable = new Dictionary<int, HashSet<int>>();
        foreach (var round in chosen)
        {
            var items = await model.ForVersionAsync(round.ModelVersionId, cancellationToken);
            var keys = ItemSignature.ComparableKeys(reference, items.Select(ItemSignatures.Of));
            comparable[round.RoundId] = items.Where(i => keys.Contains(i.ItemKey)).Select(i => i.Id).ToHashSet();
        }
        bool Comparable(CountCell c) => comparable[c.RoundId].Contains(c.ItemId);

        var labels = chosen.Select(r => r.Name).ToList();
        var peerByRound = peer.Where(Comparable).ToLookup(c => c.RoundId);
        var teamByRound = team.Where(Comparable).ToLookup(c => c.RoundId);
        List<double?> Series<TKey>(ILookup<int, CountCell> cells, Func<CountCell, TKey> key, TKey value) where TKey : notnull =>
            chosen.Select(r => ReportChart.Mean(ShownAggregate.By(cells[r.RoundId], r.Threshold, key).GetValueOrDefault(value)?.Mean)).ToList();

        var stages = new ReportChart
        {
            Id = "trend-chart",
            Type = "line",
            Labels = labels,
            Datasets =
            [
                new("input", t["Report.Trend.PeerStage", t["Stage.Input"]], Series(peerByRound, c => c.Stage, Stage.Input), 0),
                new("thinking", t["Report.Trend.PeerStage", t["Stage.Thinking"]], Series(peerByRound, c => c.Stage, Stage.Thinking), 1),
                new("output", t["Report.Trend.PeerStage", t["Stage.Output"]], Series(peerByRound, c => c.Stage, Stage.Output), 2),
                new("outcome", t["Report.Trend.TeamOutcome"], Series(teamByRound, c => c.Stage, Stage.Outcome), 3),
            ],
        };
        var balance = new ReportChart
        {
            Id = "trend-balance-chart",
            Type = "line",
            Labels = labels,
            Datasets =
            [
                new("explicit", t["Report.Kind.Explicit"], Series(peerByRound, c => c.Kind, Kind.Explicit), 0),
                new("implicit", t["Report.Kind.Implicit"], Series(peerByRound, c => c.Kind, Kind.Implicit), 1),
            ],
        };
        return new Trend(chosen, stages, balance, chosen.Select(r => comparable[r.RoundId].Count).ToList());
    }

    /// <summary>Whole peer and team-answer cells of the team in these rounds (built first where missing).</summary>
    public async Task<(List<CountCell> Peer, List<CountCell> Team)> CellsAsync(int teamId, IReadOnlyList<ClosedRound> rounds, CancellationToken cancellationToken = default)
    {
        await rollups.EnsureAsync(rounds, cancellationToken);
        await using var connection = await db.OpenAsync(cancellationToken);
        using var results = await connection.QueryMultipleAsync(Sql.Cells, new { TeamId = teamId, Rounds = rounds.Select(r => r.RoundId).ToArray() });
        return ((await results.ReadAsync<CountCell>()).ToList(), (await results.ReadAsync<CountCell>()).ToList());
    }

    internal static class Sql
    {
        public const string Cells = """
            SELECT
                c.RoundId AS RoundId,
                c.SkillItemId AS ItemId,
                c.RateeId AS RateeId,
                c.N1 AS N1,
                c.N2 AS N2,
                c.N3 AS N3,
                c.N4 AS N4,
                c.N5 AS N5,
                c.NotObserved AS NotObserved,
                c.Raters AS Raters
            FROM PeerCellRollup c
            WHERE c.RoundId IN @Rounds
              AND c.TeamId = @TeamId;

            SELECT
                c.RoundId AS RoundId,
                c.SkillItemId AS ItemId,
                c.N1 AS N1,
                c.N2 AS N2,
                c.N3 AS N3,
                c.N4 AS N4,
                c.N5 AS N5,
                c.NotObserved AS NotObserved,
                c.Raters AS Raters
            FROM TeamCellRollup c
            WHERE c.RoundId IN @Rounds
              AND c.TeamId = @TeamId
              AND c.Perspective = 'team';
            """;
    }
}
