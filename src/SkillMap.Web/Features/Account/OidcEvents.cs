using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace SkillMap.Web.Features.Account;

/// <summary>
/// Turns a validated id_token into a SkillMap session: the provider's claims are replaced by the
/// person's own (id, name, role), so nothing the provider sends decides a role.
/// </summary>
public sealed class OidcEvents(ExternalLogins logins, AccountSession session) : OpenIdConnectEvents
{
    public override async Task TokenValidated(TokenValidatedContext context)
    {
        var principal = context.Principal!;
        var subject = principal.FindFirst("sub");
        var issuer = principal.FindFirst("iss")?.Value ?? subject?.Issuer;
        if (subject is null || string.IsNullOrEmpty(issuer))
        {
            await FailAsync(context, null, "no subject");
            return;
        }
        var identity = new ExternalLogins.Identity(issuer, subject.Value, principal.FindFirst("email")?.Value, IsTrue(principal, "email_verified") || IsTrue(principal, "xms_edov"));
        var result = await logins.ResolveAsync(identity, context.HttpContext.RequestAborted);
        if (result.Person is null)
        {
            await FailAsync(context, null, result.Reason);
            return;
        }
        context.Principal = AccountSession.Principal(result.Person, AccountSession.Oidc);
        context.Properties!.IsPersistent = false;
        await session.SignedInAsync(context.HttpContext, result.Person, AccountSession.Oidc);
    }

    public override Task RemoteFailure(RemoteFailureContext context)
    {
        // A refused or cancelled sign-in returns to the sign-in page with one calm message, never the provider's error text.
        context.Response.Redirect("/signin?failed=oidc");
        context.HandleResponse();
        return Task.CompletedTask;
    }

    private async Task FailAsync(TokenValidatedContext context, int? personId, string reason)
    {
        await session.FailedAsync(personId, AccountSession.Oidc, reason, context.HttpContext.RequestAborted);
        context.Fail("This sign-in does not belong to a SkillMap person.");
    }

    private static bool IsTrue(System.Security.Claims.ClaimsPrincipal principal, string type) =>
        string.Equals(principal.FindFirst(type)?.Value, "true", StringComparison.OrdinalIgnoreCase);
}
