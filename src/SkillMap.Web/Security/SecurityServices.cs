using Microsoft.AspNetCore.Authentication.Cookies;

namespace SkillMap.Web.Security;

public static class SecurityServices
{
    public static WebApplicationBuilder AddSkillMapSecurity(this WebApplicationBuilder builder)
    {
        // A __Host- cookie must be Secure, and browsers drop Secure cookies over plain http,
        // so Development (http://localhost) uses plain names.
        var production = !builder.Environment.IsDevelopment();
        var prefix = production ? "__Host-" : "";
        var securePolicy = production ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

        builder.AddRequestLimits();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<CurrentPerson>();
        builder.Services
            .AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = prefix + "skillmap-auth";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = securePolicy;
                options.ExpireTimeSpan = TimeSpan.FromHours(10);
                options.SlidingExpiration = false;
                options.LoginPath = "/signin";
                options.LogoutPath = "/signout";
                options.AccessDeniedPath = "/Error/404";
            });
        builder.Services.AddAuthorization(Policies.Add);
        builder.Services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, NotFoundWhenForbidden>();
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = prefix + "skillmap-csrf";
            options.Cookie.SecurePolicy = securePolicy;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.FormFieldName = "__RequestVerificationToken";
            // Every response already says DENY (SecurityHeaders); antiforgery's SAMEORIGIN would be overwritten.
            options.SuppressXFrameOptionsHeader = true;
        });
        if (production)
        {
            builder.Services.AddHsts(options =>
            {
                options.MaxAge = TimeSpan.FromDays(365);
                options.IncludeSubDomains = true;
                // HSTS is only ever sent over HTTPS; an install reached as https://localhost gets it too.
                options.ExcludedHosts.Clear();
            });
        }
        return builder;
    }
}
