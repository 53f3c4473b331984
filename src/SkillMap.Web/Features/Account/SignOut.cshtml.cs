using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Account;

public sealed class SignOutModel(AccountSession session, CurrentPerson me) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await session.SignOutAsync(HttpContext, me);
        return LocalRedirect("/");
    }
}
