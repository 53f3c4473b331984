using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

namespace SkillMap.Web.Localization;

public static class LocalizationServices
{
    public const string CookieName = "skillmap-lang";

    public static readonly string[] Languages = ["ja", "en"];

    public static WebApplicationBuilder AddSkillMapLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        builder.Services.AddSingleton<IStringLocalizerFactory, CachedStringLocalizerFactory>();
        // Stateless over the factory's localizer: one for the process rather than one per page and view.
        builder.Services.AddSingleton<IStringLocalizer<Strings>, StringLocalizer<Strings>>();
        builder.Services.AddScoped<PersonLanguage>();
        var defaultLanguage = builder.Configuration["Organization:DefaultLanguage"] is "en" ? "en" : "ja";
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = Languages.Select(CultureInfo.GetCultureInfo).ToList();
            options.DefaultRequestCulture = new RequestCulture(defaultLanguage);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            // A choice made with the language switch wins; otherwise the browser's preference.
            options.RequestCultureProviders =
            [
                new CookieRequestCultureProvider { CookieName = CookieName },
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return builder;
    }

    public static WebApplication UseSkillMapLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        return app;
    }

    /// <summary>The language of the current request: "ja" or "en".</summary>
    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "ja";

    /// <summary>What goes between two sentences: a space in English, nothing after a Japanese "。".</summary>
    public static string SentenceGap => Current == "ja" ? "" : " ";

    public static CookieOptions CookieOptions(bool secure) => new()
    {
        Expires = DateTimeOffset.UtcNow.AddYears(1),
        HttpOnly = true,
        IsEssential = true,
        SameSite = SameSiteMode.Lax,
        Secure = secure,
    };
}
