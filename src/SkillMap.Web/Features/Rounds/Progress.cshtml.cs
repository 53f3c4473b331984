using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SkillMap.Web.Features.Mail;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Rounds;

/// <summary>
/// Completion of an open round for the manager's teams, in counts per team and perspective, and a
/// reminder per person with open sheets, ready to copy or, with SMTP configured, to send by e-mail.
/// </summary>
[Authorize(Policy = Policies.ManagerOrAdmin)]
public sealed partial class ProgressModel(
    RoundAccess access, RoundProgress progress, ReminderText reminders, RoundReminders sender, IMailSender mail,
    TimeProvider clock, CurrentPerson me, IStringLocalizer<Strings> t) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public RoundAccess.Grant Grant { get; private set; } = null!;

    public IReadOnlyList<RoundProgress.Completion> Completion { get; private set; } = [];

    public IReadOnlyList<(RoundProgress.OpenWork Work, ReminderText.Message Message)> Reminders { get; private set; } = [];

    public IReadOnlyDictionary<int, DateTime> LastReminded { get; private set; } = new Dictionary<int, DateTime>();

    /// <summary>SMTP is configured: reminders can be sent, not only copied.</summary>
    public bool MailReady => mail.IsConfigured;

    public int CooldownHours => sender.CooldownHours;

    /// <summary>People with open sheets who have an e-mail address.</summary>
    public int Addressed => Reminders.Count(r => !string.IsNullOrWhiteSpace(r.Work.Email));

    public bool DeadlinePassed => Grant.Round.ClosesAt is { } closes && closes <= clock.GetUtcNow().UtcDateTime;

    public async Task<IActionResult> OnGetAsync(int roundId, CancellationToken cancellationToken)
    {
        if (await GrantAsync(roundId, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        var teams = Grant.MyTeams.Select(t => t.Id).ToList();
        Completion = await progress.CompletionAsync(roundId, teams, cancellationToken);
        Reminders = (await progress.OpenWorkAsync(roundId, teams, cancellationToken))
            .Select(w => (w, reminders.For(w, Grant.Round, SurveysUrl)))
            .ToList();
        LastReminded = await sender.LastRemindedAsync(roundId, cancellationToken);
        return Page();
    }

    /// <summary>Mails everyone with open sheets in the sender's teams, or in the one team chosen.</summary>
    public async Task<IActionResult> OnPostSendAsync(int roundId, int? teamId, CancellationToken cancellationToken)
    {
        if (await GrantAsync(roundId, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        if (!ModelState.IsValid || (teamId is { } chosen && Grant.MyTeams.All(t => t.Id != chosen)))
        {
            return NotFound();
        }
        IReadOnlyList<int> teams = teamId is { } one ? [one] : Grant.MyTeams.Select(t => t.Id).ToList();
        var open = await progress.OpenWorkAsync(roundId, teams, cancellationToken);
        if (!MailReady)
        {
            StatusMessage = t["Rounds.Reminders.NoMail"];
        }
        else if (DeadlinePassed)
        {
            StatusMessage = t["Rounds.Closing"];
        }
        else if (open.Count == 0)
        {
            StatusMessage = t["Rounds.Reminders.None"];
        }
        else
        {
            var outcome = await sender.SendAsync(Grant.Round, open, SurveysUrl, me.Id, teamId);
            StatusMessage = string.Join(" ", new[]
            {
                t["Rounds.Reminders.Sent", outcome.Sent, outcome.Failed, outcome.Skipped].Value,
                outcome.Failed > 0 ? t["Rounds.Reminders.FailedHint"].Value : null,
                outcome.NoAddress > 0 ? t["Rounds.Reminders.NoAddressCount", outcome.NoAddress].Value : null,
            }.OfType<string>());
        }
        return RedirectToPage(new { roundId });
    }

    private string SurveysUrl => $"{Request.Scheme}://{Request.Host}{Request.PathBase}/surveys";

    /// <summary>Null when the signed-in person may work on this open round; otherwise the answer to give.</summary>
    private async Task<IActionResult?> GrantAsync(int roundId, CancellationToken cancellationToken)
    {
        var grant = await access.ForAsync(roundId, cancellationToken);
        if (grant is null || grant.MyTeams.Count == 0)
        {
            return NotFound();
        }
        Grant = grant;
        return grant.Round.IsOpen ? null : RedirectToPage("Details", new { roundId });
    }
}
