using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SkillMap.Web.Features.Demo;

namespace SkillMap.Web.Features.Account;

/// <summary>Where the cookie handler sends a visitor who must sign in. In demo mode that is the demo picker.</summary>
public sealed class SignInModel(IOptions<DemoOptions> demo) : PageModel
{
    public IActionResult OnGet(string? returnUrl) =>
        demo.Value.Enabled ? RedirectToPage("/Demo/SignIn", new { returnUrl }) : Page();
}
