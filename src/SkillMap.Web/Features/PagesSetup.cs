using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.Mvc.Razor;
using SkillMap.Web.Localization;
using SkillMap.Web.Text;

namespace SkillMap.Web.Features;

public static class PagesSetup
{
    public static WebApplicationBuilder AddSkillMapPages(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<RouteOptions>(options => options.LowercaseUrls = true);
        // Japanese text stays readable in the page source; Razor still encodes what HTML needs.
        builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services
            .AddRazorPages(options =>
            {
                options.RootDirectory = "/Features";
                // Everything needs a signed-in person except what a visitor must reach to sign in.
                options.Conventions.AuthorizeFolder("/");
                options.Conventions.AllowAnonymousToPage("/Index");
                options.Conventions.AllowAnonymousToPage("/Errors/Error");
                options.Conventions.AllowAnonymousToPage("/Language/Index");
                options.Conventions.AllowAnonymousToFolder("/Demo");
            })
            .AddViewLocalization(LanguageViewLocationExpanderFormat.Suffix)
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(Strings)));
        builder.Services.AddSingleton<MarkdownRenderer>();
        builder.Services.AddSingleton<Hosting.OrganizationTime>();
        builder.Services.AddSingleton<SkillModel.ModelItems>();
        builder.Services.AddScoped<HomeQuery>();
        builder.Services.AddScoped<Teams.TeamAccess>();
        builder.Services.AddScoped<Teams.TeamProfileQuery>();
        builder.Services.AddScoped<Rounds.RoundCloser>();
        builder.Services.AddScoped<Rounds.ResultVisibility>();
        builder.Services.AddSingleton<Audit.AuditLog>();
        return builder;
    }
}
