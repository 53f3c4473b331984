using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SkillMap.Web.Features.Demo;
using SkillMap.Web.Features.Mail;

namespace SkillMap.Web.Features.Account;

/// <summary>Asks for a password-reset link. Without SMTP there is nothing to send: the page says to ask an admin for a new link.</summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ResetModel(PasswordResets resets, IMailSender mail, IOptions<AccountOptions> options, IOptions<DemoOptions> demo, IStringLocalizer<Strings> t) : PageModel
{
    public sealed class InputModel
    {
        [Display(Name = "Account.Field.Email")]
        [Required(ErrorMessage = "Validation.Required")]
        public string? Email { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public bool CanSend => mail.IsConfigured;

    public IActionResult OnGet() => Available ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Available)
        {
            return NotFound();
        }
        if (!CanSend || !ModelState.IsValid)
        {
            return Page();
        }
        await resets.RequestAsync(Input.Email, $"{Request.Scheme}://{Request.Host}{Request.PathBase}", cancellationToken);
        StatusMessage = t["Account.Reset.Sent"];
        return RedirectToPage();
    }

    private bool Available => options.Value.LocalSignIn.Enabled && !demo.Value.Enabled;
}
