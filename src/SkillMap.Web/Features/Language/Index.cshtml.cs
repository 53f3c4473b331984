using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillMap.Web.Localization;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Language;

/// <summary>
/// The 日本語 / English switch in the header: remembers the choice in a cookie and, for a signed-in
/// person, on the person, so their next sign-in anywhere starts in it. A plain link (GET), so it works
/// on every page without a form; the worst a forged link can do is change the language.
/// </summary>
public sealed class LanguageSwitchModel(CurrentPerson me, PersonLanguage personLanguage) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string language, string? returnUrl, CancellationToken cancellationToken)
    {
        if (LocalizationServices.Languages.Contains(language))
        {
            PersonLanguage.SetCookie(HttpContext, language);
            if (me.IsSignedIn)
            {
                await personLanguage.RememberAsync(me.Id, language, cancellationToken);
            }
        }
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
