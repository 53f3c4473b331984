using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SkillMap.Core.Scoring;
using SkillMap.Web.Features.Reports;
using SkillMap.Web.Features.Reports.Charts;
using SkillMap.Web.Features.Reports.Rollups;
using SkillMap.Web.Features.Reports.Team;
using SkillMap.Web.Features.SkillModel;
using SkillMap.Web.Localization;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Teams;

/// <summary>
/// A team's dashboard for one closed round (the latest unless ?round= says otherwise) against the
/// one before it, with the visitor's own answers in the open round beside it (open results are
/// never shown: they move). Managers and admins also see the per-person heatmap and quadrant.
/// </summary>
public sealed class ProfileModel(
    TeamAccess access, ReportAccess reports, TeamProfileQuery query, TeamDashboardQuery dashboard,
    ModelItems model, CurrentPerson me, TimeProvider clock, IStringLocalizer<Strings> t) : PageModel
{
    /// <summary>Above this many people one team stops working as one team (the notes' rule of thumb).</summary>
    public const int TeamSizeWarning = 7;

    public TeamProfileQuery.Result Data { get; private set; } = null!;

    public IReadOnlyList<ClosedRound> Rounds { get; private set; } = [];

    public TeamDashboard? Dashboard { get; private set; }

    public bool Manages { get; private set; }

    /// <summary>The stage chart: the dashboard's, or only the visitor's own open-round answers when nothing has closed yet.</summary>
    public ReportChart? StageChart => Dashboard?.Stages ?? (HasOwnAnswers ? TeamDashboard.OwnOnly(Own, t) : null);

    private bool HasOwnAnswers => Data.OpenRound is not null && Data.OwnAnswers.Any(a => a.Score is not null);

    private StageProfile Own { get; set; } = null!;

    public int Threshold => Dashboard?.Round.Threshold ?? Anonymity.MinimumRaters;

    public async Task<IActionResult> OnGetAsync(int teamId, int? round, CancellationToken cancellationToken)
    {
        if (!await access.CanViewAsync(teamId, cancellationToken))
        {
            return NotFound();
        }
        var data = await query.LoadAsync(teamId, me.Id, cancellationToken);
        if (data is null)
        {
            return NotFound();
        }
        Data = data;
        Rounds = await dashboard.RoundsAsync(teamId, cancellationToken);
        var index = round is { } id ? Rounds.ToList().FindIndex(r => r.RoundId == id) : (Rounds.Count > 0 ? 0 : -1);
        if (round is not null && index < 0)
        {
            return NotFound();
        }
        Manages = await reports.ManagesTeamAsync(teamId, cancellationToken);
        var own = StageProfile.FromOwnAnswers(data.OwnAnswers.Select(a => (a.Stage, a.Score)));
        Own = own;
        if (index < 0)
        {
            return Page();
        }
        var selected = Rounds[index];
        var previous = index + 1 < Rounds.Count ? Rounds[index + 1] : null;
        var (from, to) = OperationsWindow(selected, clock.GetUtcNow().UtcDateTime);
        var result = await dashboard.LoadAsync(teamId, selected, previous, Manages, from, to, cancellationToken);
        Dashboard = TeamDashboard.Build(new TeamDashboard.Inputs(
            selected, previous, result, await model.ForVersionAsync(selected.ModelVersionId, cancellationToken),
            own, HasOwnAnswers, Manages, LocalizationServices.Current), t);
        return Page();
    }

    /// <summary>Operations figures shown: from the three months the round's outcome questions look back on, to this month.</summary>
    public static (string From, string To) OperationsWindow(ClosedRound round, DateTime now)
    {
        var closed = round.ClosedAt ?? now;
        var from = new DateTime(Math.Min(closed.AddMonths(-2).Ticks, now.AddMonths(-5).Ticks), DateTimeKind.Utc);
        return (from.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), now.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
    }
}
