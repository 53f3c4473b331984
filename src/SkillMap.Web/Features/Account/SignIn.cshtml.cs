using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SkillMap.Core.People;
using SkillMap.Web.Features.Demo;
using SkillMap.Web.Features.Mail;

namespace SkillMap.Web.Features.Account;

/// <summary>
/// Sign-in with email and password, and/or with the organisation's OpenID Connect provider. In demo
/// mode it leads to the demo picker. Every refusal reads the same, so nobody learns whether an
/// address has an account, is locked or is deactivated.
/// </summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class SignInModel(
    Credentials credentials, AccountSession session, FirstAdmin setup, IMailSender mail,
    IOptions<DemoOptions> demo, IOptions<AccountOptions> options, IStringLocalizer<Strings> t) : PageModel
{
    public sealed class InputModel
    {
        [Display(Name = "Account.Field.Email")]
        [Required(ErrorMessage = "Validation.Required")]
        public string? Email { get; set; }

        [Display(Name = "Account.Field.Password")]
        [Required(ErrorMessage = "Validation.Required")]
        public string? Password { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public bool LocalEnabled => options.Value.LocalSignIn.Enabled;

    public AccountOptions.OidcOptions Oidc => options.Value.Oidc;

    public bool CanReset => LocalEnabled && mail.IsConfigured;

    public bool NeedsSetup { get; private set; }

    public bool OidcFailed { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? failed, CancellationToken cancellationToken)
    {
        if (demo.Value.Enabled)
        {
            return RedirectToPage("/Demo/SignIn", new { returnUrl = ReturnUrl });
        }
        NeedsSetup = await setup.IsNeededAsync(cancellationToken);
        OidcFailed = failed == "oidc";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (demo.Value.Enabled || !LocalEnabled)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var normalized = EmailAddress.Normalize(Input.Email);
        var person = normalized is null ? null : await credentials.FindByEmailAsync(normalized, cancellationToken);
        if (await credentials.CheckAsync(person, Input.Password!, cancellationToken) != PasswordCheck.Succeeded)
        {
            // Never the typed address: people paste passwords into the wrong field.
            await session.FailedAsync(person?.Id, AccountSession.Password, person is null ? "unknown address" : "refused", cancellationToken);
            var lockout = options.Value.Lockout;
            ModelState.AddModelError("", t["Account.SignIn.Refused", lockout.MaxFailedAttempts, lockout.Minutes]);
            return Page();
        }
        person = await credentials.FindAsync(person!.Id, cancellationToken);
        await session.SignInAsync(HttpContext, person!, AccountSession.Password);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }

    /// <summary>Starts OpenID Connect; a POST with an antiforgery token, so no other site can start a sign-in.</summary>
    public IActionResult OnPostOidc()
    {
        if (demo.Value.Enabled || !Oidc.Enabled)
        {
            return NotFound();
        }
        var properties = new AuthenticationProperties { RedirectUri = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/" };
        return Challenge(properties, AccountServices.OidcScheme);
    }
}
