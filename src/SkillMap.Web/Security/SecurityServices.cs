using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.Features;

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

        AddRequestLimits(builder);
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

    /// <summary>
    /// <c>RequestLimits:MaxBodyBytes</c> (default 1 MiB) bounds every request body; a page that takes
    /// uploads raises it for itself with <c>[RequestSizeLimit]</c> and <c>[RequestFormLimits]</c>.
    /// </summary>
    private static void AddRequestLimits(WebApplicationBuilder builder)
    {
        var maxBody = builder.Configuration.GetValue<long?>("RequestLimits:MaxBodyBytes") ?? 1024 * 1024;
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = maxBody;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        builder.Services.Configure<FormOptions>(form =>
        {
            form.MultipartBodyLengthLimit = maxBody;
            form.ValueLengthLimit = (int)Math.Min(maxBody, int.MaxValue);
            form.ValueCountLimit = 2048;
        });
    }
}
