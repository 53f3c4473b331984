using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using SkillMap.Web.Features.Demo;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Account;

/// <summary>
/// Checks every signed-in request against the database (one lookup by key): a deactivated person, a
/// password session whose password has since changed, or a demo session once demo mode is off is
/// signed out at once; a changed role or name applies at once. Nothing is cached, so every instance
/// agrees. The cookie is never renewed here, so the absolute lifetime holds.
/// </summary>
public sealed class AccountCookieEvents(Credentials credentials, IOptions<DemoOptions> demo) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var method = principal?.Identity?.AuthenticationType;
        if (!int.TryParse(principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var personId))
        {
            await RejectAsync(context);
            return;
        }
        var person = await credentials.FindSessionAsync(personId, context.HttpContext.RequestAborted);
        var stale = person is null
            || !person.IsActive
            || (method == AccountSession.Password && person.SecurityStamp != principal!.FindFirstValue(AccountSession.StampClaim))
            || (method == "demo" && (!person.IsDemo || !demo.Value.Enabled));
        if (stale)
        {
            await RejectAsync(context);
            return;
        }
        if (person!.Role != principal!.FindFirstValue(ClaimTypes.Role) || person.DisplayName != principal.FindFirstValue(ClaimTypes.Name))
        {
            context.ReplacePrincipal(AccountSession.Principal(person, method!));
        }
    }

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
