using Microsoft.Extensions.Localization;
using SkillMap.Core.Organisation;
using SkillMap.Core.Scoring;
using SkillMap.Core.SkillModel;
using SkillMap.Web.Features.Reports.Charts;
using SkillMap.Web.Features.SkillModel;

namespace SkillMap.Web.Features.Reports.Organisation;

/// <summary>
/// The organisation view: each team's stage and area profile from its shown-only summaries, each
/// unit's rolled up from the same summaries of the teams below it, the organisation pooled from the
/// same cells, and the items where capability is thinnest.
/// </summary>
public sealed class OrganisationView
{
    public const int MaxTeamsOnChart = 6;
    public const int ThinItems = 5;
    public const int PageSize = 50;

    /// <summary>The palette's grey: the chosen unit beside the organisation's black.</summary>
    private const int ChosenUnitColour = 8;

    public sealed record Column(string Key, string Label, string Perspective, string Dimension, string Value);

    public sealed record TeamProfile(int TeamId, string Name, IReadOnlyList<double?> Values)
    {
        /// <summary>Where the team sits (unit names from the top); empty when it is in no unit.</summary>
        public string UnitPath { get; init; } = "";
    }

    /// <param name="Teams">How many of the round's teams sit in this unit or below it.</param>
    public sealed record UnitProfile(int UnitId, string Name, string Path, int Teams, IReadOnlyList<double?> Values);

    public sealed record ThinItem(SkillItemRow Item, OrganisationQuery.ItemRow Row)
    {
        public double? Share => Coverage.Share(Row.TeamsWithStrong, Row.Teams);
    }

    public required IReadOnlyList<Column> Columns { get; init; }
    public required TeamProfile Organisation { get; init; }
    public required IReadOnlyList<TeamProfile> Teams { get; init; }

    /// <summary>The chosen unit's own row; null when the page shows the whole organisation.</summary>
    public UnitProfile? Unit { get; init; }

    /// <summary>One row per listed unit (the chosen unit's children, or the top units).</summary>
    public required IReadOnlyList<UnitProfile> Units { get; init; }

    /// <summary>The units table: the chosen unit first (as its total), then the units listed under it.</summary>
    public IEnumerable<(UnitProfile Row, bool IsChosen)> UnitRows =>
        (Unit is { } chosen ? [(chosen, true)] : Array.Empty<(UnitProfile, bool)>()).Concat(Units.Select(u => (u, false)));

    public required ReportChart Stages { get; init; }
    public required ReportChart Areas { get; init; }
    public required IReadOnlyList<ThinItem> ThinExplicit { get; init; }
    public required IReadOnlyList<ThinItem> ThinImplicit { get; init; }

    public static IReadOnlyList<Column> ColumnsFor(IStringLocalizer t) =>
    [
        .. new[] { Stage.Input, Stage.Thinking, Stage.Output }.Select(s => new Column(Slug.Of(s), t["Stage." + s], "peer", "stage", Slug.Of(s))),
        new Column("outcome", t["Report.Organisation.Outcome"], "team", "stage", "outcome"),
        .. new[] { Area.Logic, Area.Abstraction, Area.Concretization, Area.Mindset, Area.Conduct }.Select(a => new Column(Slug.Of(a), t["Report.Area." + a], "peer", "area", Slug.Of(a))),
        new Column("explicit", t["Report.Organisation.Explicit"], "peer", "kind", "explicit"),
        new Column("implicit", t["Report.Organisation.Implicit"], "peer", "kind", "implicit"),
    ];

    /// <param name="page">The teams the table lists (one page of them).</param>
    /// <param name="onChart">The chosen teams drawn beside the organisation.</param>
    /// <param name="units">The unit segment: the chosen unit and the units listed under it.</param>
    public static OrganisationView Build(
        OrganisationQuery.Result data, IReadOnlyList<SkillItemRow> items,
        IReadOnlyList<OrganisationQuery.TeamRow> page, IReadOnlyList<OrganisationQuery.TeamRow> onChart, UnitScope units, IStringLocalizer t)
    {
        var columns = ColumnsFor(t);
        var byTeam = data.Summaries.ToLookup(s => s.TeamId);
        List<double?> Values(IReadOnlyDictionary<(string, string, string), LevelCounts>? counts) =>
            columns.Select(c => ReportChart.Mean(counts?.GetValueOrDefault((c.Perspective, c.Dimension, c.Value))?.Mean)).ToList();
        TeamProfile Profile(int teamId, string name, IEnumerable<(string Perspective, string Dimension, string Value, LevelCounts Counts)> rows) =>
            new(teamId, name, Values(rows.GroupBy(r => (r.Perspective, r.Dimension, r.Value)).ToDictionary(g => g.Key, g => LevelCounts.Pool(g.Select(r => r.Counts)))));
        TeamProfile Team(OrganisationQuery.TeamRow team) =>
            Profile(team.TeamId, team.Name, byTeam[team.TeamId].Select(r => (r.Perspective, r.Dimension, r.Value, r.Counts))) with
            {
                UnitPath = UnitTree.Join(units.Tree.PathOf(team.UnitId)),
            };

        // Units: each unit's own teams pooled (already shown-only), rolled up through the units below.
        var rolled = UnitRollup.Roll(units.Tree, data.UnitSummaries.Select(r => (r.UnitId, (r.Perspective, r.Dimension, r.Value), r.Counts)));
        UnitProfile Unit(int unitId, string name) => new(
            unitId, name, UnitTree.Join(units.Tree.PathOf(unitId)), units.TeamCounts.GetValueOrDefault(unitId), Values(rolled.GetValueOrDefault(unitId)));
        var chosen = units.Chosen is { } chosenId ? Unit(chosenId, units.Tree.PathOf(chosenId).LastOrDefault() ?? "") : null;
        var listed = units.Listed.Select(u => Unit(u.UnitId, u.Name)).ToList();

        // The organisation: every shown peer cell pooled per item (ItemSummaryRollup), placed on its
        // stage, area and kind, and the teams' shown outcome answers pooled.
        var itemById = items.ToDictionary(i => i.Id);
        var placed = data.Items.Where(r => itemById.ContainsKey(r.ItemId)).SelectMany(r =>
        {
            var item = itemById[r.ItemId];
            return new[]
            {
                ("peer", "stage", Slug.Of(item.Stage), r.Counts),
                ("peer", "area", Slug.Of(item.Area), r.Counts),
                ("peer", "kind", Slug.Of(item.Kind), r.Counts),
            };
        });
        if (data.Outcome is { } outcome)
        {
            placed = placed.Append(("team", "stage", "outcome", outcome.Counts));
        }
        var organisation = Profile(0, t["Report.Organisation.Everyone"], placed);
        var teams = page.Select(Team).ToList();
        // Beside the organisation (and the chosen unit): the chosen teams, or else the listed units.
        var charted = onChart.Count > 0
            ? onChart.Select(Team).Select((team, n) => new ChartSeries($"team-{team.TeamId}", team.Name, team.Values, n)).ToList()
            : listed.Take(MaxTeamsOnChart).Select((unit, n) => new ChartSeries($"unit-{unit.UnitId}", unit.Name, unit.Values, n)).ToList();
        if (chosen is not null)
        {
            charted.Insert(0, new ChartSeries($"unit-{chosen.UnitId}", chosen.Name, chosen.Values, ChosenUnitColour));
        }

        ReportChart Chart(string id, string type, Func<Column, bool> which)
        {
            var indexes = columns.Select((c, i) => (c, i)).Where(x => which(x.c)).Select(x => x.i).ToList();
            return new ReportChart
            {
                Id = id,
                Type = type,
                Labels = indexes.Select(i => columns[i].Label).ToList(),
                Datasets =
                [
                    new ChartSeries("organisation", organisation.Name, indexes.Select(i => organisation.Values[i]).ToList(), 7),
                    .. charted.Select(series => series with { Data = indexes.Select(i => series.Data[i]).ToList() }),
                ],
            };
        }

        var thin = data.Items
            .Where(r => itemById.ContainsKey(r.ItemId) && r.Teams > 0)
            .Select(r => new ThinItem(itemById[r.ItemId], r))
            .OrderBy(x => x.Share)
            .ThenBy(x => x.Row.Counts.Mean)
            .ToList();
        return new OrganisationView
        {
            Columns = columns,
            Organisation = organisation,
            Teams = teams,
            Unit = chosen,
            Units = listed,
            Stages = Chart("org-stage-chart", "bar", c => c.Dimension == "stage"),
            Areas = Chart("org-area-chart", "radar", c => c.Dimension == "area"),
            ThinExplicit = thin.Where(x => x.Item.Kind == Kind.Explicit).Take(ThinItems).ToList(),
            ThinImplicit = thin.Where(x => x.Item.Kind == Kind.Implicit).Take(ThinItems).ToList(),
        };
    }
}
