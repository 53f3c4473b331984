using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace SkillMap.Web.Features.Account;

public static class AccountServices
{
    public const string OidcScheme = "oidc";

    public static WebApplicationBuilder AddSkillMapAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AccountOptions>().BindConfiguration(AccountOptions.Section)
            .Validate(o => o.LocalSignIn.Enabled || o.Oidc.Enabled || builder.Configuration.GetValue<bool>("Demo:Enabled"),
                "Authentication:LocalSignIn:Enabled is false and OpenID Connect is not configured (Authentication:Oidc:Authority and ClientId): nobody could sign in.")
            .ValidateOnStart();
        services.AddSingleton<IPasswordHasher<Credential>, PasswordHasher<Credential>>();
        services.AddScoped<Credentials>();
        services.AddScoped<AccountTokens>();
        services.AddScoped<AccountSession>();
        services.AddScoped<AccountCookieEvents>();
        services.AddScoped<PasswordRules>();
        services.AddScoped<FirstAdmin>();
        services.AddScoped<Invitations>();
        services.AddScoped<PasswordResets>();
        services.AddScoped<AccountMail>();
        services.AddScoped<ExternalLogins>();
        services.AddScoped<OidcEvents>();
        services.AddScoped<Organisation.Erasure.IPersonErasureStep, AccountErasureStep>();
        services.Configure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme, options => options.EventsType = typeof(AccountCookieEvents));

        // What a visitor must reach to sign in; everything else in this folder needs a signed-in person.
        services.Configure<RazorPagesOptions>(options =>
        {
            foreach (var page in new[] { "/Account/SignIn", "/Account/SignOut", "/Account/Setup", "/Account/Reset", "/Account/SetPassword" })
            {
                options.Conventions.AllowAnonymousToPage(page);
            }
        });

        var oidc = builder.Configuration.GetSection(AccountOptions.Section).Get<AccountOptions>()?.Oidc ?? new AccountOptions.OidcOptions();
        if (oidc.Enabled)
        {
            services.AddAuthentication().AddOpenIdConnect(OidcScheme, oidc.DisplayName, options =>
            {
                options.Authority = oidc.Authority;
                options.ClientId = oidc.ClientId;
                options.ClientSecret = oidc.ClientSecret;
                options.ResponseType = OpenIdConnectResponseType.Code;
                options.UsePkce = true;
                options.Scope.Clear();
                foreach (var scope in new[] { "openid", "profile", "email" })
                {
                    options.Scope.Add(scope);
                }
                options.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.CallbackPath = "/signin-oidc";
                options.MapInboundClaims = false;
                options.SaveTokens = false;
                options.GetClaimsFromUserInfoEndpoint = false;
                options.DisableTelemetry = true;
                options.EventsType = typeof(OidcEvents);
            });
        }
        return builder;
    }
}
