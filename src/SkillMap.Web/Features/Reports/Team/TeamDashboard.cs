using Microsoft.Extensions.Localization;
using SkillMap.Core.Scoring;
using SkillMap.Core.SkillModel;
using SkillMap.Web.Features.Reports.Charts;
using SkillMap.Web.Features.Reports.Rollups;
using SkillMap.Web.Features.SkillModel;

namespace SkillMap.Web.Features.Reports.Team;

/// <summary>
/// Turns a team's rollups into what its dashboard shows. Team-level numbers come from summaries that
/// hold only shown cells; per-item and per-person numbers from whole cells the gate is asked about
/// here. Whatever the gate refuses never reaches a chart, a table or the page source.
/// </summary>
public sealed partial class TeamDashboard
{
    public required ClosedRound Round { get; init; }
    public ClosedRound? Previous { get; init; }
    public required ReportChart Stages { get; init; }
    public required ReportChart Balance { get; init; }
    public required ReportChart Distribution { get; init; }
    public required IReadOnlyList<DistributionRow> DistributionRows { get; init; }
    public required IReadOnlyList<OutcomeRow> Outcome { get; init; }
    public required IReadOnlyList<TeamDashboardQuery.OperationsRow> Operations { get; init; }
    public IReadOnlyList<HeatmapRow>? Heatmap { get; init; }
    public ReportChart? Quadrant { get; init; }
    public IReadOnlyList<QuadrantRow>? QuadrantRows { get; init; }
    public (double Self, double Peers) QuadrantCentre { get; init; }

    public static readonly Area[] PersonAreas = [Area.Logic, Area.Abstraction, Area.Concretization, Area.Mindset, Area.Conduct];

    public sealed record DistributionRow(SkillItemRow Item, LevelCounts? Counts);

    public sealed record OutcomeRow(SkillItemRow Item, LevelCounts? Counts);

    public sealed record HeatmapRow(int PersonId, string Name, IReadOnlyList<double?> Areas);

    public sealed record QuadrantRow(int PersonId, string Name, double? Self, double? Peers, QuadrantKind? Kind);

    public sealed record Inputs(
        ClosedRound Round,
        ClosedRound? Previous,
        TeamDashboardQuery.Result Data,
        IReadOnlyList<SkillItemRow> Items,
        StageProfile Own,
        bool HasOwnAnswers,
        bool PerPerson,
        string Language);

    public static TeamDashboard Build(Inputs input, IStringLocalizer t)
    {
        var round = input.Round;
        var threshold = round.Threshold;
        var items = input.Items.ToDictionary(i => i.Id);
        var data = input.Data with
        {
            PeerCells = ItemCells.Placed(input.Data.PeerCells, items),
            TeamAnswerCells = ItemCells.Placed(input.Data.TeamAnswerCells, items),
        };
        input = input with { Data = data };
        var summaries = data.Summaries.ToLookup(s => (s.RoundId, s.Perspective, s.Dimension));
        double? Summary(int? roundId, string perspective, string dimension, string value) =>
            roundId is null ? null
                : summaries[(roundId.Value, perspective, dimension)].FirstOrDefault(s => s.Value == value)?.Counts.Mean;

        var prev = input.Previous?.RoundId;
        var personStages = new[] { Stage.Input, Stage.Thinking, Stage.Output };
        var stageLabels = Enum.GetValues<Stage>().Select(s => t["Stage." + s].Value).ToList();
        ChartSeries StageSeries(string key, string label, int? roundId, string perspective, int colour, bool dashed, params Stage[] only) =>
            new(key, label, Enum.GetValues<Stage>().Select(s => only.Contains(s) ? ReportChart.Mean(Summary(roundId, perspective, "stage", Slug.Of(s))) : null).ToList(), colour, dashed)
            {
                Applies = Enum.GetValues<Stage>().Select(only.Contains).ToList(),
            };

        var stageSeries = new List<ChartSeries>
        {
            StageSeries("self", t["Team.Series.Self"], round.RoundId, "self", SeriesColour.Self, false, personStages),
            StageSeries("peer", t["Team.Series.Peer"], round.RoundId, "peer", SeriesColour.Peer, false, personStages),
            StageSeries("team", t["Team.Series.Team"], round.RoundId, "team", SeriesColour.Team, false, Stage.Outcome),
        };
        if (input.Previous is { } previous)
        {
            stageSeries.Add(StageSeries("peer-previous", t["Report.Series.PeerPrevious", previous.Name], prev, "peer", SeriesColour.Previous, true, personStages));
            stageSeries.Add(StageSeries("team-previous", t["Report.Series.TeamPrevious", previous.Name], prev, "team", SeriesColour.Manager, true, Stage.Outcome));
        }
        if (input.HasOwnAnswers)
        {
            stageSeries.Add(OwnSeries(input.Own, t));
        }

        var kinds = new[] { Kind.Explicit, Kind.Implicit };
        List<double?> KindSeries(int? roundId, string perspective) =>
            kinds.Select(k => ReportChart.Mean(Summary(roundId, perspective, "kind", Slug.Of(k)))).ToList();
        var balanceSeries = new List<ChartSeries>
        {
            new("self", t["Team.Series.Self"], KindSeries(round.RoundId, "self"), SeriesColour.Self),
            new("peer", t["Team.Series.Peer"], KindSeries(round.RoundId, "peer"), SeriesColour.Peer),
        };
        if (input.Previous is { } before)
        {
            balanceSeries.Add(new("peer-previous", t["Report.Series.PeerPrevious", before.Name], KindSeries(prev, "peer"), SeriesColour.Previous, Dashed: true));
        }

        var (distribution, rows) = BuildDistribution(input, threshold, t);
        var outcome = input.Items.Where(i => i.Scope == Scope.Team)
            .Select(i => new OutcomeRow(i, data.TeamAnswerCells.FirstOrDefault(c => c.ItemId == i.Id)?.Shown(threshold)))
            .ToList();

        var dashboard = new TeamDashboard
        {
            Round = round,
            Previous = input.Previous,
            Stages = new ReportChart { Id = "stage-chart", TableId = "stage-table", Type = "bar", Labels = stageLabels, Datasets = stageSeries },
            Balance = new ReportChart { Id = "balance-chart", Type = "bar", Labels = kinds.Select(k => t["Report.Kind." + k].Value).ToList(), Datasets = balanceSeries },
            Distribution = distribution,
            DistributionRows = rows,
            Outcome = outcome,
            Operations = data.Operations,
        };
        return input.PerPerson ? WithPeople(dashboard, input, threshold, t) : dashboard;
    }

    private static (ReportChart, List<DistributionRow>) BuildDistribution(Inputs input, int threshold, IStringLocalizer t)
    {
        var peerByItem = input.Data.PeerCells.ToLookup(c => c.ItemId);
        var teamByItem = input.Data.TeamAnswerCells.ToDictionary(c => c.ItemId);
        var rows = input.Items
            .Select(item => new DistributionRow(item, item.Scope == Scope.Team
                ? teamByItem.GetValueOrDefault(item.Id)?.Shown(threshold)
                : ShownAggregate.Total(peerByItem[item.Id], threshold)))
            .ToList();
        var levels = new (string Key, string Label, int Colour, Func<LevelCounts, int> Count)[]
        {
            ("1", "1", 5, c => c.N1),
            ("2", "2", 1, c => c.N2),
            ("3", "3", 6, c => c.N3),
            ("4", "4", 4, c => c.N4),
            ("5", "5", 0, c => c.N5),
            ("na", t["Scale.NotObserved"], 8, c => c.NotObserved),
        };
        var chart = new ReportChart
        {
            Id = "distribution-chart",
            Type = "stacked",
            Format = "0",
            Max = null,
            Labels = rows.Select(r => Shorten(r.Item.Statement.In(input.Language))).ToList(),
            Datasets = levels.Select(l => new ChartSeries(l.Key, l.Label, rows.Select(r => r.Counts is { } c ? (double?)l.Count(c) : null).ToList(), l.Colour)).ToList(),
        };
        return (chart, rows);
    }

    private static TeamDashboard WithPeople(TeamDashboard dashboard, Inputs input, int threshold, IStringLocalizer t)
    {
        var people = input.Data.People
            .OrderBy(p => p.NameReading ?? p.DisplayName, StringComparer.CurrentCulture)
            .ToList();
        var cellsByPerson = input.Data.PeerCells.ToLookup(c => c.RateeId);
        var selfByPerson = input.Data.SelfRatings.ToLookup(r => r.RateeId);
        var heatmap = new List<HeatmapRow>();
        var quadrant = new List<QuadrantRow>();
        foreach (var person in people)
        {
            var cells = cellsByPerson[person.Id].ToList();
            var areas = ShownAggregate.Areas(cells, threshold);
            heatmap.Add(new HeatmapRow(person.Id, person.DisplayName, PersonAreas.Select(a => ReportChart.Mean(areas[a])).ToList()));

            // Like with like: self and peers over the same items, those with a shown peer cell and a self score.
            var self = selfByPerson[person.Id].Where(r => r.Score is not null).ToDictionary(r => r.ItemId, r => r.Score!.Value);
            var paired = ShownAggregate.Showable(cells, threshold).Where(c => self.ContainsKey(c.ItemId)).ToList();
            if (paired.Count == 0)
            {
                quadrant.Add(new QuadrantRow(person.Id, person.DisplayName, null, null, null));
                continue;
            }
            var selfMean = ReportChart.Mean(paired.Average(c => (double)self[c.ItemId]))!.Value;
            var peerMean = ReportChart.Mean(LevelCounts.Pool(paired.Select(c => c.Counts)).Mean)!.Value;
            quadrant.Add(new QuadrantRow(person.Id, person.DisplayName, selfMean, peerMean, null));
        }
        // The axes cross at the team's averages, so the quadrant says where each person stands in this team.
        var plotted = quadrant.Where(q => q.Self is not null).ToList();
        var selfCentre = plotted.Count == 0 ? Core.Scoring.Quadrant.Midpoint : ReportChart.Mean(plotted.Average(q => q.Self!.Value))!.Value;
        var peerCentre = plotted.Count == 0 ? Core.Scoring.Quadrant.Midpoint : ReportChart.Mean(plotted.Average(q => q.Peers!.Value))!.Value;
        quadrant = quadrant
            .Select(q => q.Self is null ? q : q with { Kind = Core.Scoring.Quadrant.Of(q.Self.Value, q.Peers!.Value, selfCentre, peerCentre) })
            .ToList();
        var points = plotted.Select(q => new ChartPoint(q.Name, q.Self!.Value, q.Peers!.Value)).ToList();
        return new TeamDashboard
        {
            Round = dashboard.Round,
            Previous = dashboard.Previous,
            Stages = dashboard.Stages,
            Balance = dashboard.Balance,
            Distribution = dashboard.Distribution,
            DistributionRows = dashboard.DistributionRows,
            Outcome = dashboard.Outcome,
            Operations = dashboard.Operations,
            Heatmap = heatmap,
            QuadrantRows = quadrant,
            Quadrant = new ReportChart
            {
                Id = "quadrant-chart",
                Type = "scatter",
                Min = 1,
                Max = 5,
                Labels = [],
                XTitle = t["Report.Quadrant.SelfAxis"],
                YTitle = t["Report.Quadrant.PeerAxis"],
                Datasets =
                [
                    new ChartSeries("people", t["Report.Quadrant.People"], [], SeriesColour.Self) { Points = points },
                    new ChartSeries("centre-self", t["Report.Quadrant.Centre"], [], 8) { Points = [new("", selfCentre, 1), new("", selfCentre, 5)], Line = true },
                    new ChartSeries("centre-peer", t["Report.Quadrant.Centre"], [], 8) { Points = [new("", 1, peerCentre), new("", 5, peerCentre)], Line = true },
                ],
            },
            QuadrantCentre = (selfCentre, peerCentre),
        };
    }

    public static ReportChart OwnOnly(StageProfile own, IStringLocalizer t) => new()
    {
        Id = "stage-chart",
        TableId = "stage-table",
        Type = "bar",
        Labels = Enum.GetValues<Stage>().Select(s => t["Stage." + s].Value).ToList(),
        Datasets = [OwnSeries(own, t)],
    };

    /// <summary>The visitor's own answers in the open round: theirs, so no gate, and nothing is "hidden".</summary>
    private static ChartSeries OwnSeries(StageProfile own, IStringLocalizer t) =>
        new("own", t["Team.Series.Own"], Enum.GetValues<Stage>().Select(s => ReportChart.Mean(own[s])).ToList(), SeriesColour.Own)
        {
            Applies = Enum.GetValues<Stage>().Select(_ => false).ToList(),
        };

    /// <summary>A chart label short enough to read beside a bar; the table keeps the full statement.</summary>
    public static string Shorten(string text) => text.Length <= 36 ? text : text[..35].TrimEnd() + "…";

    /// <summary>The heatmap's colour band: one class per half point, so the stylesheet needs no inline style.</summary>
    public static string HeatClass(double? mean) => mean is { } m ? $"heat heat-{(int)Math.Round(m * 2, MidpointRounding.AwayFromZero)}" : "heat heat-none";
}
