using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SkillMap.Web.Features.Reports.Rollups;
using SkillMap.Web.Features.SkillModel;
using SkillMap.Web.Localization;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Reports.Organisation;

/// <summary>
/// Admins compare teams and units on the stage profile and areas for one closed round. The only
/// filters are fixed segments (the round, a whole unit, whole teams), so no two views can differ by
/// one person.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class OrganisationModel(OrganisationQuery query, ModelItems model, IStringLocalizer<Strings> t) : PageModel
{
    public IReadOnlyList<ClosedRound> Rounds { get; private set; } = [];

    public ClosedRound? Round { get; private set; }

    public IReadOnlyList<OrganisationQuery.TeamRow> AllTeams { get; private set; } = [];

    public UnitScope? Units { get; private set; }

    public IReadOnlySet<int> Selected { get; private set; } = new HashSet<int>();

    public OrganisationView? View { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public int Pages { get; private set; } = 1;

    public int TeamCount { get; private set; }

    /// <summary>The address of another page of the teams table, keeping the round, the unit and the chosen teams.</summary>
    public string PageUrl(int page) =>
        $"{UnitUrl(Units?.Chosen)}{string.Concat(Selected.Order().Select(id => $"&team={id}"))}&page={page}";

    /// <summary>The address of one unit's view (or the whole organisation's) in this round.</summary>
    public string UnitUrl(int? unit) =>
        $"/reports/organisation?round={Round!.RoundId}{(unit is { } id ? $"&unit={id}" : "")}";

    public async Task<IActionResult> OnGetAsync(int? round, int? unit, int[]? team, int? page, CancellationToken cancellationToken)
    {
        Rounds = await query.RoundsAsync(cancellationToken);
        Round = round is { } id ? Rounds.FirstOrDefault(r => r.RoundId == id) : Rounds.FirstOrDefault();
        if (round is not null && Round is null)
        {
            return NotFound();
        }
        if (Round is null)
        {
            return Page();
        }
        var structure = await query.TeamsAsync(Round, cancellationToken);
        var units = UnitScope.For(structure.Units, structure.Teams, unit);
        Units = units;
        AllTeams = structure.Teams.Where(x => units.Holds(x.UnitId)).ToList();
        var inScope = AllTeams.Select(x => x.TeamId).ToHashSet();
        Selected = (team ?? []).Where(inScope.Contains).ToHashSet();
        var listed = Selected.Count == 0 ? AllTeams : AllTeams.Where(x => Selected.Contains(x.TeamId)).ToList();
        TeamCount = listed.Count;
        Pages = Math.Max(1, (listed.Count + OrganisationView.PageSize - 1) / OrganisationView.PageSize);
        PageNumber = Math.Clamp(page ?? 1, 1, Pages);
        var shown = listed.Skip((PageNumber - 1) * OrganisationView.PageSize).Take(OrganisationView.PageSize).ToList();
        var onChart = Selected.Count == 0 ? [] : listed.Take(OrganisationView.MaxTeamsOnChart).ToList();
        var data = await query.LoadAsync(Round, shown.Concat(onChart).Select(x => x.TeamId).Distinct().ToList(), cancellationToken);
        var items = await model.ForVersionAsync(Round.ModelVersionId, cancellationToken);
        View = OrganisationView.Build(data, items, shown, onChart, units, t);
        return Page();
    }
}
