using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SkillMap.Web.Localization;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Demo;

/// <summary>Demo mode's sign-in: pick one of the demo people. Does not exist outside demo mode.</summary>
public sealed class SignInModel(DemoPeopleQuery people, IOptions<DemoOptions> demo, PersonLanguage personLanguage) : PageModel
{
    public IReadOnlyList<DemoPeopleQuery.DemoPerson> People { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!demo.Value.Enabled)
        {
            return NotFound();
        }
        People = await people.ListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int personId, string? returnUrl, CancellationToken cancellationToken)
    {
        if (!demo.Value.Enabled)
        {
            return NotFound();
        }
        var person = await people.FindAsync(personId, cancellationToken);
        if (person is null)
        {
            return NotFound();
        }
        var principal = CurrentPerson.Principal(person.Id, person.DisplayName, person.Role, "demo");
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        await personLanguage.ApplyAsync(HttpContext, person.Id, cancellationToken);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
