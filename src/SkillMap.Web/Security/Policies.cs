using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace SkillMap.Web.Security;

/// <summary>
/// Role policies for whole pages (<c>[Authorize(Policy = Policies.Admin)]</c>). Which team or person a
/// manager may see is decided per resource in the feature's query, not here.
/// </summary>
public static class Policies
{
    public const string Admin = "admin";
    public const string ManagerOrAdmin = "manager-or-admin";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Admin, policy => policy.RequireAuthenticatedUser().RequireRole("admin"));
        options.AddPolicy(ManagerOrAdmin, policy => policy.RequireAuthenticatedUser().RequireRole("admin", "manager"));
    }
}

/// <summary>
/// A signed-in person who may not see a page gets the same 404 as for a page that does not exist,
/// so an id in a URL reveals nothing. Not being signed in still leads to sign-in.
/// </summary>
public sealed class NotFoundWhenForbidden : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler standard = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        return standard.HandleAsync(next, context, policy, authorizeResult);
    }
}
