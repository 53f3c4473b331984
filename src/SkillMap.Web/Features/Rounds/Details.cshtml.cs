using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SkillMap.Core.Rounds;
using SkillMap.Web.Localization;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Rounds;

/// <summary>
/// One round: its settings, and what can be done in its phase. A draft shows whether it can open and,
/// when not, who lacks peers and why; an open round shows completion counts and ratees whose peers fell
/// below the threshold; a closed round leads to release, comments, archive and purge.
/// </summary>
[Authorize(Policy = Policies.ManagerOrAdmin)]
public sealed partial class DetailsModel(
    RoundAccess access, RoundOpener opener, RoundCommands commands, RoundProgress progress,
    TimeProvider clock, CurrentPerson me, IStringLocalizer<Strings> t) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public RoundAccess.Grant Grant { get; private set; } = null!;

    public RoundRow Round => Grant.Round;

    public RoundPlan? Plan { get; private set; }

    public IReadOnlyDictionary<int, string> Names { get; private set; } = new Dictionary<int, string>();

    public IReadOnlyList<RoundProgress.Completion> Completion { get; private set; } = [];

    public IReadOnlyList<RoundProgress.PeerShortfall> Shortfalls { get; private set; } = [];

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<IActionResult> OnGetAsync(int roundId, CancellationToken cancellationToken) =>
        await LoadAsync(roundId, cancellationToken) ? Page() : NotFound();

    /// <summary>Opens now, or schedules the opening when the opening time is still ahead.</summary>
    public async Task<IActionResult> OnPostOpenAsync(int roundId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(roundId, cancellationToken) || !Grant.Whole)
        {
            return NotFound();
        }
        if (Round.OpensAt is { } opensAt && opensAt > Now)
        {
            if (Plan is { CanOpen: false })
            {
                ModelState.AddModelError("", t["Rounds.Error.NotReady"]);
                return Page();
            }
            await commands.ScheduleOpeningAsync(roundId, true, me.Id, cancellationToken);
            StatusMessage = t["Rounds.OpenScheduled"];
            return RedirectToPage(new { roundId });
        }
        var result = await opener.OpenAsync(roundId, me.Id, cancellationToken);
        switch (result.Refusal)
        {
            case RoundOpener.Refusal.None:
                StatusMessage = t["Rounds.Opened"];
                return RedirectToPage(new { roundId });
            case RoundOpener.Refusal.NotReady:
                Plan = result.Plan;
                await LoadNamesAsync(cancellationToken);
                ModelState.AddModelError("", t["Rounds.Error.NotReady"]);
                return Page();
            case RoundOpener.Refusal.DeadlinePassed:
                ModelState.AddModelError("", t["Rounds.Error.DeadlinePassed"]);
                return Page();
            default:
                StatusMessage = t["Rounds.Error.NotDraft"];
                return RedirectToPage(new { roundId });
        }
    }

    public async Task<IActionResult> OnPostUnscheduleAsync(int roundId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(roundId, cancellationToken) || !Grant.Whole)
        {
            return NotFound();
        }
        await commands.ScheduleOpeningAsync(roundId, false, me.Id, cancellationToken);
        StatusMessage = t["Rounds.OpenUnscheduled"];
        return RedirectToPage(new { roundId });
    }

    public async Task<IActionResult> OnPostArchiveAsync(int roundId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(roundId, cancellationToken) || !Grant.Whole)
        {
            return NotFound();
        }
        StatusMessage = await commands.ArchiveAsync(roundId, me.Id, cancellationToken) ? t["Rounds.Archived"] : t["Rounds.Error.NotClosed"];
        return RedirectToPage(new { roundId });
    }

    private async Task<bool> LoadAsync(int roundId, CancellationToken cancellationToken)
    {
        var grant = await access.ForAsync(roundId, cancellationToken);
        if (grant is null)
        {
            return false;
        }
        Grant = grant;
        var myTeams = grant.MyTeams.Select(t => t.Id).ToList();
        if (Round.IsDraft)
        {
            Plan = await opener.PreviewAsync(roundId, cancellationToken);
            await LoadNamesAsync(cancellationToken);
        }
        else if (Round.IsOpen)
        {
            Completion = await progress.CompletionAsync(roundId, myTeams, cancellationToken);
            Shortfalls = Round.IncludesPeer ? await progress.PeerShortfallsAsync(roundId, myTeams, Round.PeerThreshold, cancellationToken) : [];
        }
        return true;
    }

    private async Task LoadNamesAsync(CancellationToken cancellationToken) =>
        Names = await access.NamesAsync((Plan?.PeersPerRatee.Keys ?? []).Concat(Plan?.Problems.Select(p => p.RateeId ?? 0) ?? []), cancellationToken);

    public string TeamName(int teamId) => Grant.Teams.FirstOrDefault(t => t.Id == teamId)?.Name ?? "";

    /// <summary>One sentence per problem: who, in which team, how many peers they have and need, and what would help.</summary>
    public string Describe(PlanProblem problem) => problem.Kind switch
    {
        PlanProblemKind.NobodyToRate => t["Rounds.Problem.NobodyToRate"],
        PlanProblemKind.TooFewPossiblePeers => t["Rounds.Problem.TooFewPossiblePeers", Names.GetValueOrDefault(problem.RateeId ?? 0) ?? "", TeamName(problem.TeamId), problem.Count, problem.Needed],
        _ => t[Round.AssignmentMode == AssignmentMode.Automatic ? "Rounds.Problem.TooFewPeers.Automatic" : "Rounds.Problem.TooFewPeers.Chosen",
            Names.GetValueOrDefault(problem.RateeId ?? 0) ?? "", TeamName(problem.TeamId), problem.Count, problem.Needed],
    };
}
