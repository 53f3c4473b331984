using System.Security.Claims;
using Dapper;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using SkillMap.Web.Data;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Organisation;

/// <summary>
/// Checks each signed-in request against the person as stored: a deactivated or erased person is
/// signed out at once (not when their cookie expires), and a role change applies to a session that
/// is already open, so a demoted admin loses admin pages on their next click.
/// </summary>
public static partial class PersonSession
{
    private sealed record State
    {
        public string DisplayName { get; init; } = "";
        public string Role { get; init; } = "";
        public int Active { get; init; }
    }

    public static void ChainInto(CookieAuthenticationOptions options)
    {
        var earlier = options.Events.OnValidatePrincipal;
        options.Events.OnValidatePrincipal = async context =>
        {
            await earlier(context);
            if (context.Principal is not null)
            {
                await ValidateAsync(context);
            }
        };
    }

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal!;
        if (!int.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var personId))
        {
            return;
        }
        var db = context.HttpContext.RequestServices.GetRequiredService<Db>();
        State? state;
        await using (var connection = await db.OpenAsync(context.HttpContext.RequestAborted))
        {
            state = await connection.QuerySingleOrDefaultAsync<State>(Sql.State, new { PersonId = personId });
        }
        if (state is not { Active: 1 })
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
            return;
        }
        if (principal.FindFirstValue(ClaimTypes.Role) != state.Role || principal.FindFirstValue(ClaimTypes.Name) != state.DisplayName)
        {
            var identity = (ClaimsIdentity)principal.Identity!;
            var updated = new ClaimsIdentity(identity.Claims.Where(c => c.Type is not (ClaimTypes.Role or ClaimTypes.Name)), identity.AuthenticationType);
            updated.AddClaim(new Claim(ClaimTypes.Name, state.DisplayName));
            updated.AddClaim(new Claim(ClaimTypes.Role, state.Role));
            context.ReplacePrincipal(new ClaimsPrincipal(updated));
            context.ShouldRenew = true;
        }
    }

    internal static class Sql
    {
        public const string State = """
            SELECT
                DisplayName AS DisplayName,
                Role AS Role,
                CASE WHEN DeactivatedAt IS NULL AND ErasedAt IS NULL THEN 1 ELSE 0 END AS Active
            FROM Person
            WHERE Id = @PersonId
            """;
    }
}
