using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SkillMap.Core.People;
using SkillMap.Core.Text;
using SkillMap.Web.Features.Demo;
using SkillMap.Web.Localization;
using SkillMap.Web.Text;

namespace SkillMap.Web.Features.Account;

/// <summary>First run without demo mode: create the first admin. There is no default password anywhere; this page is it, once.</summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class SetupModel(
    FirstAdmin setup, AccountSession session, Credentials credentials, PasswordRules rules,
    IOptions<DemoOptions> demo, IOptions<AccountOptions> options, IStringLocalizer<Strings> t) : PageModel
{
    public sealed class InputModel
    {
        [Display(Name = "Account.Field.DisplayName")]
        [Required(ErrorMessage = "Validation.Required")]
        [TextLimit(VisibleText.Name, VisibleText.NameStorage)]
        public string? DisplayName { get; set; }

        [Display(Name = "Account.Field.Email")]
        [Required(ErrorMessage = "Validation.Required")]
        public string? Email { get; set; }

        public string? Password { get; set; }

        public string? ConfirmPassword { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public bool AsksPassword => options.Value.LocalSignIn.Enabled;

    public int MinimumLength => rules.MinimumLength;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await AvailableAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await AvailableAsync(cancellationToken))
        {
            return NotFound();
        }
        if (Input.Email is { } email && !EmailAddress.IsPlausible(email))
        {
            ModelState.AddModelError("Input.Email", t["Account.Email.Invalid"]);
        }
        if (AsksPassword)
        {
            rules.Check(Input.Password, Input.ConfirmPassword, Input.Email, ModelState, "Input.Password", "Input.ConfirmPassword");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var admin = new FirstAdmin.NewAdmin(Input.DisplayName!, Input.Email!, LocalizationServices.Current, AsksPassword ? Input.Password : null);
        var (outcome, personId) = await setup.CreateAsync(admin, cancellationToken);
        switch (outcome)
        {
            case FirstAdmin.Outcome.EmailInUse:
                ModelState.AddModelError("Input.Email", t["Account.Email.InUse"]);
                return Page();
            case FirstAdmin.Outcome.AlreadyDone:
                return NotFound();
        }
        if (!AsksPassword)
        {
            StatusMessage = t["Account.Setup.DoneSignInExternally"];
            return RedirectToPage("/Account/SignIn");
        }
        await session.SignInAsync(HttpContext, (await credentials.FindAsync(personId, cancellationToken))!, AccountSession.Password);
        StatusMessage = t["Account.Setup.Done"];
        return LocalRedirect("/");
    }

    private async Task<bool> AvailableAsync(CancellationToken cancellationToken) =>
        !demo.Value.Enabled && await setup.IsNeededAsync(cancellationToken);
}
