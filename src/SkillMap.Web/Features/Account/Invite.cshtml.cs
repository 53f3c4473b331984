using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillMap.Web.Features.Mail;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Account;

/// <summary>
/// Creates an invitation link for one person (the people pages link here). With SMTP the link is
/// mailed; otherwise it is shown once, in this response only, for the admin to pass on. A person the
/// signed-in admin or manager may not see is a 404.
/// </summary>
[Authorize(Policy = Policies.ManagerOrAdmin)]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class InviteModel(Invitations invitations, IMailSender mail, AccountMail mails, CurrentPerson me, ILogger<InviteModel> logger) : PageModel
{
    public Invitations.Invitee Invitee { get; private set; } = null!;

    public Invitations.Verdict Verdict { get; private set; }

    public bool WillMail => mail.IsConfigured && Invitee.Email is not null;

    /// <summary>Set after a successful post when the link could not be mailed: shown this once.</summary>
    public string? Link { get; private set; }

    public DateTime? ExpiresAt { get; private set; }

    public bool Mailed { get; private set; }

    public bool MailFailed { get; private set; }

    public async Task<IActionResult> OnGetAsync(int personId, CancellationToken cancellationToken) =>
        await LoadAsync(personId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int personId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(personId, cancellationToken))
        {
            return NotFound();
        }
        if (Verdict != Invitations.Verdict.Allowed || await invitations.CreateLinkAsync(personId, me.Id, cancellationToken) is not { } created)
        {
            return Page();
        }
        var link = $"{Request.Scheme}://{Request.Host}{Request.PathBase}{created.Path}";
        ExpiresAt = created.ExpiresAt;
        if (WillMail)
        {
            try
            {
                await mail.SendAsync(mails.Invitation(Invitee.Email!, Invitee.DisplayName, Invitee.Language, link, created.ExpiresAt), cancellationToken);
                Mailed = true;
                return Page();
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning("Invitation mail to person {PersonId} could not be sent: {Error}", personId, exception.Message);
                MailFailed = true;
            }
        }
        Link = link;
        return Page();
    }

    private async Task<bool> LoadAsync(int personId, CancellationToken cancellationToken)
    {
        var (invitee, verdict) = await invitations.CheckAsync(personId, me.Id, cancellationToken);
        if (invitee is null)
        {
            return false;
        }
        (Invitee, Verdict) = (invitee, verdict);
        return true;
    }
}
