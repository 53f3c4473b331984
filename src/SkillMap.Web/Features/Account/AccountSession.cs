using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using SkillMap.Web.Features.Audit;
using SkillMap.Web.Localization;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Account;

/// <summary>Starting and ending a session: the cookie, the person's own language, and the audit entry.</summary>
public sealed class AccountSession(AuditLog audit)
{
    public const string Password = "password";
    public const string Oidc = "oidc";

    /// <summary>The credential's security stamp at sign-in; a password change gives a new one and ends the session.</summary>
    public const string StampClaim = "skillmap:stamp";

    public async Task SignInAsync(HttpContext http, SignInPerson person, string method)
    {
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, Principal(person, method), new AuthenticationProperties { IsPersistent = false });
        await SignedInAsync(http, person, method);
    }

    /// <summary>A new cookie for the same person (after a password change), without a new audit entry.</summary>
    public Task RenewAsync(HttpContext http, SignInPerson person) =>
        http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, Principal(person, Password), new AuthenticationProperties { IsPersistent = false });

    /// <summary>What every sign-in does besides the cookie (OpenID Connect's handler writes its cookie itself).</summary>
    public async Task SignedInAsync(HttpContext http, SignInPerson person, string method)
    {
        // The person's stored language wins over the browser's from now on (issue 4's per-person language).
        if (LocalizationServices.Languages.Contains(person.Language))
        {
            PersonLanguage.SetCookie(http, person.Language);
        }
        await audit.RecordAsync(new AuditLog.Entry(AuditAction.SignInSucceeded, person.Id, "person", person.Id, method), http.RequestAborted);
    }

    public Task FailedAsync(int? personId, string method, string reason, CancellationToken cancellationToken) =>
        audit.RecordAsync(new AuditLog.Entry(AuditAction.SignInFailed, personId, personId is null ? null : "person", personId, $"{method}: {reason}"), cancellationToken);

    public async Task SignOutAsync(HttpContext http, CurrentPerson me)
    {
        if (me.IsSignedIn)
        {
            await audit.RecordAsync(new AuditLog.Entry(AuditAction.SignOut, me.Id, "person", me.Id), http.RequestAborted);
        }
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    public static ClaimsPrincipal Principal(SignInPerson person, string method)
    {
        var principal = CurrentPerson.Principal(person.Id, person.DisplayName, person.Role, method);
        if (method == Password && person.SecurityStamp is { } stamp)
        {
            ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(StampClaim, stamp));
        }
        return principal;
    }
}
