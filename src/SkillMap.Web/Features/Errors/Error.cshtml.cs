using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SkillMap.Web.Features.Errors;

/// <summary>The friendly page for unhandled errors and status codes; it never shows exception details.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public bool IsNotFound { get; private set; }

    public bool IsTooMany { get; private set; }

    public void OnGet(int? code) => Describe(code);

    // A failed POST is re-executed as a POST.
    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        IsNotFound = code is 404 or 405;
        IsTooMany = code == 429;
        if (code is >= 400 and < 600)
        {
            Response.StatusCode = code.Value;
        }
    }
}
