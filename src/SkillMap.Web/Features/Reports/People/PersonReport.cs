using Microsoft.Extensions.Localization;
using SkillMap.Core.Scoring;
using SkillMap.Core.SkillModel;
using SkillMap.Web.Features.Reports.Charts;
using SkillMap.Web.Features.SkillModel;

namespace SkillMap.Web.Features.Reports.People;

/// <summary>
/// One person's report for one round: stage profile and area radar (self, peers, each manager under
/// their name), every item, blind spots and hidden strengths, the trend over comparable items, and
/// peer comments when enough peers answered. Peer numbers pass the anonymity gate here.
/// </summary>
public sealed class PersonReport
{
    public static readonly Stage[] PersonStages = [Stage.Input, Stage.Thinking, Stage.Output];
    public static readonly Area[] PersonAreas = [Area.Logic, Area.Abstraction, Area.Concretization, Area.Mindset, Area.Conduct];
    private static readonly int[] ManagerColours = [SeriesColour.Manager, SeriesColour.Own, 7, SeriesColour.Team];

    public required IReadOnlyList<(int Id, string Name)> Managers { get; init; }
    public required IReadOnlyList<ItemRow> Items { get; init; }
    public required ReportChart Stages { get; init; }
    public required ReportChart Areas { get; init; }
    public required bool CommentsShown { get; init; }
    public required IReadOnlyList<CommentRow> PeerComments { get; init; }
    public required IReadOnlyList<CommentRow> ManagerComments { get; init; }
    public required IReadOnlyList<PersonReportQuery.PersonRound> TrendRounds { get; init; }
    public ReportChart? Trend { get; init; }
    public required IReadOnlyList<TrendRow> TrendItems { get; init; }

    public IEnumerable<ItemRow> BlindSpots => Items.Where(i => i.Gap == GapKind.BlindSpot);

    public IEnumerable<ItemRow> HiddenStrengths => Items.Where(i => i.Gap == GapKind.HiddenStrength);

    /// <param name="Others">What a gap compares self with: the shown peers, or below the threshold the managers (<see cref="Core.Scoring.Others"/>).</param>
    public sealed record ItemRow(SkillItemRow Item, int? Self, LevelCounts? Peers, int PeerRaters, IReadOnlyList<int?> Managers, Others? Others, GapKind Gap, PersonReportQuery.Development? Development);

    public sealed record CommentRow(string? Item, string Body, string? Author);

    public sealed record TrendRow(SkillItemRow Item, IReadOnlyList<double?> Peers, IReadOnlyList<int?> Self);

    public sealed record Inputs(
        PersonReportQuery.PersonRound Round,
        PersonReportQuery.Result Data,
        IReadOnlyList<PersonReportQuery.PersonRound> TrendRounds,
        IReadOnlyDictionary<int, IReadOnlyList<SkillItemRow>> ItemsByVersion,
        string Language);

    public static PersonReport Build(Inputs input, IStringLocalizer t)
    {
        var byId = input.ItemsByVersion.Values.SelectMany(v => v).ToDictionary(i => i.Id);
        var data = input.Data with
        {
            PeerCells = ItemCells.Placed(input.Data.PeerCells, byId),
            TrendPeerCells = ItemCells.Placed(input.Data.TrendPeerCells, byId),
        };
        input = input with { Data = data };
        var round = input.Round;
        var threshold = round.Threshold;
        var items = input.ItemsByVersion[round.ModelVersionId].Where(i => i.Scope == Scope.Person).ToList();
        var self = data.Self.Where(s => s.RoundId == round.RoundId).ToDictionary(s => s.ItemId, s => s.Score);
        var managers = data.Managers.GroupBy(m => m.RaterId).Select(g => (g.Key, g.First().RaterName)).ToList();
        var managerScores = data.Managers.ToDictionary(m => (m.RaterId, m.ItemId), m => m.Score);
        var cells = data.PeerCells.ToLookup(c => c.ItemId);
        var development = data.Development.ToDictionary(d => d.Id);

        var rows = items.Select(item =>
        {
            var shown = ShownAggregate.Showable(cells[item.Id], threshold).ToList();
            var peers = ShownAggregate.Total(shown, threshold);
            var peerRaters = shown.Sum(c => c.Raters);
            var ownScore = self.GetValueOrDefault(item.Id);
            var byManager = managers.Select(m => managerScores.GetValueOrDefault((m.Key, item.Id))).ToList();
            var others = Others.Of(peers, peerRaters, LevelCounts.Of(byManager), threshold);
            return new ItemRow(item, ownScore, peers, peerRaters, byManager, others, Gap.Classify(ownScore, others), development.GetValueOrDefault(item.Id));
        }).ToList();

        List<double?> ByStage(Func<ItemRow, int?> score) =>
            PersonStages.Select(s => ReportChart.Mean(StageProfile.FromOwnAnswers(rows.Select(r => (r.Item.Stage, score(r))))[s])).ToList();
        List<double?> ByArea(Func<ItemRow, int?> score) => PersonAreas.Select(area =>
        {
            var scores = rows.Where(r => r.Item.Area == area).Select(score).OfType<int>().ToList();
            return ReportChart.Mean(scores.Count == 0 ? null : scores.Average());
        }).ToList();
        var peerStages = ShownAggregate.Stages(data.PeerCells, threshold);
        var peerAreas = ShownAggregate.Areas(data.PeerCells, threshold);

        var stageSeries = new List<ChartSeries>
        {
            new ChartSeries("self", t["Report.Series.Self"], ByStage(r => r.Self), SeriesColour.Self).Attributed(),
            new("peer", t["Report.Series.Peers"], PersonStages.Select(s => ReportChart.Mean(peerStages[s])).ToList(), SeriesColour.Peer),
        };
        var areaSeries = new List<ChartSeries>
        {
            new ChartSeries("self", t["Report.Series.Self"], ByArea(r => r.Self), SeriesColour.Self).Attributed(),
            new("peer", t["Report.Series.Peers"], PersonAreas.Select(a => ReportChart.Mean(peerAreas[a])).ToList(), SeriesColour.Peer),
        };
        for (var m = 0; m < managers.Count; m++)
        {
            var index = m;
            var label = t["Report.Series.Manager", managers[m].RaterName];
            stageSeries.Add(new ChartSeries($"manager-{managers[m].Key}", label, ByStage(r => r.Managers[index]), ManagerColours[m % ManagerColours.Length]).Attributed());
            areaSeries.Add(new ChartSeries($"manager-{managers[m].Key}", label, ByArea(r => r.Managers[index]), ManagerColours[m % ManagerColours.Length]).Attributed());
        }

        var statements = items.ToDictionary(i => i.Id, i => i.Statement.In(input.Language));
        var commentsShown = Anonymity.CanShow(data.PeerSheets, threshold);
        var peerComments = commentsShown
            ? data.Comments.Where(c => c.Perspective == "peer").Select(c => new CommentRow(c.ItemId is { } id ? statements.GetValueOrDefault(id) : null, c.Body, null)).ToArray()
            : [];
        Random.Shared.Shuffle(peerComments);
        var managerComments = data.Comments.Where(c => c.Perspective == "manager")
            .Select(c => new CommentRow(c.ItemId is { } id ? statements.GetValueOrDefault(id) : null, c.Body, c.RaterName)).ToList();

        var (trendChart, trendRows) = BuildTrend(input, items, t);
        return new PersonReport
        {
            Managers = managers.Select(m => (m.Key, m.RaterName)).ToList(),
            Items = rows,
            Stages = new ReportChart { Id = "person-stage-chart", Type = "bar", Labels = PersonStages.Select(s => t["Stage." + s].Value).ToList(), Datasets = stageSeries },
            Areas = new ReportChart { Id = "person-area-chart", Type = "radar", Labels = PersonAreas.Select(a => t["Report.Area." + a].Value).ToList(), Datasets = areaSeries },
            CommentsShown = commentsShown,
            PeerComments = peerComments,
            ManagerComments = managerComments,
            TrendRounds = input.TrendRounds,
            Trend = trendChart,
            TrendItems = trendRows,
        };
    }

    /// <summary>Per item and round: peers (shown cells only) and self, counting only items unchanged since each round.</summary>
    private static (ReportChart?, List<TrendRow>) BuildTrend(Inputs input, IReadOnlyList<SkillItemRow> reference, IStringLocalizer t)
    {
        var rounds = input.TrendRounds;
        if (rounds.Count < 2)
        {
            return (null, []);
        }
        var referenceSignatures = reference.Select(ItemSignatures.Of).ToList();
        // For each round: reference key -> that round's item id, for comparable items only.
        var idByKey = rounds.ToDictionary(r => r.RoundId, r =>
        {
            var items = input.ItemsByVersion[r.ModelVersionId];
            var keys = ItemSignature.ComparableKeys(referenceSignatures, items.Select(ItemSignatures.Of));
            return items.Where(i => keys.Contains(i.ItemKey)).ToDictionary(i => i.ItemKey, i => i.Id);
        });
        var cells = input.Data.TrendPeerCells.ToLookup(c => (c.RoundId, c.ItemId));
        var self = input.Data.TrendSelf.ToDictionary(s => (s.RoundId, s.ItemId), s => s.Score);

        var rows = reference.Select(item => new TrendRow(
            item,
            rounds.Select(r => idByKey[r.RoundId].TryGetValue(item.ItemKey, out var id) ? ReportChart.Mean(ShownAggregate.Total(cells[(r.RoundId, id)], r.Threshold)?.Mean) : null).ToList(),
            rounds.Select(r => idByKey[r.RoundId].TryGetValue(item.ItemKey, out var id) ? self.GetValueOrDefault((r.RoundId, id)) : null).ToList()))
            .Where(row => row.Peers.Count(v => v is not null) + row.Self.Count(v => v is not null) > 0)
            .ToList();

        double? Overall(PersonReportQuery.PersonRound r) =>
            ShownAggregate.Total(idByKey[r.RoundId].Values.SelectMany(id => cells[(r.RoundId, id)]), r.Threshold)?.Mean;
        double? OverallSelf(PersonReportQuery.PersonRound r)
        {
            var scores = idByKey[r.RoundId].Values.Select(id => self.GetValueOrDefault((r.RoundId, id))).Where(s => s is not null).ToList();
            return scores.Count == 0 ? null : scores.Average(s => s!.Value);
        }
        var chart = new ReportChart
        {
            Id = "person-trend-chart",
            Type = "line",
            Labels = rounds.Select(r => r.Name).ToList(),
            Datasets =
            [
                new ChartSeries("self", t["Report.Series.Self"], rounds.Select(r => ReportChart.Mean(OverallSelf(r))).ToList(), SeriesColour.Self).Attributed(),
                new("peer", t["Report.Series.Peers"], rounds.Select(r => ReportChart.Mean(Overall(r))).ToList(), SeriesColour.Peer),
            ],
        };
        return (chart, rows);
    }
}
