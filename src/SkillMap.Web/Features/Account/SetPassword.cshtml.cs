using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Audit;

namespace SkillMap.Web.Features.Account;

/// <summary>
/// Where an invitation or password-reset link leads: choose a password, once. A used, expired or
/// unknown link gets the same explanation. The token stays out of logs and out of Referer headers.
/// </summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class SetPasswordModel(
    Db db, AccountTokens tokens, Credentials credentials, AccountSession session, PasswordRules rules, AuditLog audit,
    IOptions<AccountOptions> options, IStringLocalizer<Strings> t) : PageModel
{
    public sealed class InputModel
    {
        public string? Password { get; set; }

        public string? ConfirmPassword { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public AccountTokens.Holder? Holder { get; private set; }

    public bool IsInvitation { get; private set; }

    public bool LocalEnabled => options.Value.LocalSignIn.Enabled;

    public AccountOptions.OidcOptions Oidc => options.Value.Oidc;

    public int MinimumLength => rules.MinimumLength;

    public async Task<IActionResult> OnGetAsync(string purpose, string token, CancellationToken cancellationToken)
    {
        await FindAsync(purpose, token, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string purpose, string token, CancellationToken cancellationToken)
    {
        await FindAsync(purpose, token, cancellationToken);
        if (Holder is null || !LocalEnabled)
        {
            return Page();
        }
        if (!rules.Check(Input.Password, Input.ConfirmPassword, Holder.Email, ModelState, "Input.Password", "Input.ConfirmPassword"))
        {
            return Page();
        }
        var holder = Holder;
        var used = await db.WriteAsync(async (connection, transaction) =>
        {
            if (!await tokens.UseAsync(connection, transaction, holder))
            {
                return false;
            }
            await credentials.SetPasswordAsync(connection, transaction, holder.PersonId, Input.Password!);
            var action = IsInvitation ? AuditAction.InvitationAccepted : AuditAction.PasswordReset;
            await audit.RecordAsync(connection, transaction, new AuditLog.Entry(action, holder.PersonId, "person", holder.PersonId));
            return true;
        }, cancellationToken);
        if (!used)
        {
            Holder = null;
            return Page();
        }
        // Holding the link and choosing a password is the proof; asking for the password again adds nothing.
        await session.SignInAsync(HttpContext, (await credentials.FindAsync(holder.PersonId, cancellationToken))!, AccountSession.Password);
        TempData["StatusMessage"] = (string)t[IsInvitation ? "Account.Invitation.Welcome" : "Account.Reset.Done"];
        return LocalRedirect("/");
    }

    private async Task FindAsync(string purpose, string token, CancellationToken cancellationToken)
    {
        // The link's address must not travel on to anything the page loads.
        Response.Headers["Referrer-Policy"] = "no-referrer";
        IsInvitation = purpose == AccountTokens.Invitation;
        Holder = await tokens.FindAsync(token, IsInvitation ? AccountTokens.Invitation : AccountTokens.Reset, cancellationToken);
    }
}
