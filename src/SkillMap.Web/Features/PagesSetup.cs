using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.WebEncoders;
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
            // Form fields are named the MVC way (Input.Answers[12]); jQuery's nested names are never
            // posted, and their value providers re-keyed every form on every post.
            .AddMvcOptions(options =>
            {
                options.ValueProviderFactories.RemoveType<JQueryFormValueProviderFactory>();
                options.ValueProviderFactories.RemoveType<JQueryQueryStringValueProviderFactory>();
            })
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(Strings)));
        builder.Services.AddSingleton<Microsoft.AspNetCore.Mvc.Infrastructure.IHttpResponseStreamWriterFactory, PageWriterFactory>();
        builder.Services.AddSingleton<Shared.AssetUrls>();
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
