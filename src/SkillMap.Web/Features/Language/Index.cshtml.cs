using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillMap.Web.Localization;

namespace SkillMap.Web.Features.Language;

/// <summary>
/// The 日本語 / English switch in the header: remembers the choice in a cookie and goes back. A plain
/// link (GET), so it works on every page without a form; the worst a forged link can do is change
/// the language.
/// </summary>
public sealed class LanguageSwitchModel : PageModel
{
    public IActionResult OnGet(string language, string? returnUrl)
    {
        if (LocalizationServices.Languages.Contains(language))
        {
            Response.Cookies.Append(
                LocalizationServices.CookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
                LocalizationServices.CookieOptions(Request.IsHttps));
        }
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
