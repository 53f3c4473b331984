using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Audit;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Account;

/// <summary>A signed-in person changes their password; every other session signed in with the old one ends.</summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class PasswordModel(
    Db db, Credentials credentials, AccountSession session, PasswordRules rules, AuditLog audit, CurrentPerson me,
    IOptions<AccountOptions> options, IStringLocalizer<Strings> t) : PageModel
{
    public sealed class InputModel
    {
        public string? CurrentPassword { get; set; }

        public string? Password { get; set; }

        public string? ConfirmPassword { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public bool HasPassword { get; private set; }

    public int MinimumLength => rules.MinimumLength;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        HasPassword = await MayChangeAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        HasPassword = await MayChangeAsync(cancellationToken);
        if (!HasPassword)
        {
            return Page();
        }
        var person = await credentials.FindAsync(me.Id, cancellationToken);
        if (await credentials.CheckAsync(person, Input.CurrentPassword ?? "", cancellationToken) != PasswordCheck.Succeeded)
        {
            ModelState.AddModelError("Input.CurrentPassword", t["Account.Password.CurrentWrong"]);
        }
        if (!rules.Check(Input.Password, Input.ConfirmPassword, person!.Email, ModelState, "Input.Password", "Input.ConfirmPassword"))
        {
            return Page();
        }
        await db.WriteAsync(async (connection, transaction) =>
        {
            await credentials.SetPasswordAsync(connection, transaction, me.Id, Input.Password!);
            await audit.RecordAsync(connection, transaction, new AuditLog.Entry(AuditAction.PasswordChanged, me.Id, "person", me.Id));
            return 0;
        }, cancellationToken);
        // A fresh cookie with the new stamp keeps this session; the others fail their next check.
        await session.RenewAsync(HttpContext, (await credentials.FindAsync(me.Id, cancellationToken))!);
        StatusMessage = t["Account.Password.Changed"];
        return RedirectToPage();
    }

    private async Task<bool> MayChangeAsync(CancellationToken cancellationToken) =>
        options.Value.LocalSignIn.Enabled
        && User.Identity?.AuthenticationType == AccountSession.Password
        && await credentials.HasPasswordAsync(me.Id, cancellationToken);
}
