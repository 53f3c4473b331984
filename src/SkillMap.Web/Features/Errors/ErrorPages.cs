using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace SkillMap.Web.Features.Errors;

public static class ErrorPages
{
    /// <summary>After the antiforgery service is registered (security and pages): wraps it in <see cref="FriendlyAntiforgery"/>.</summary>
    public static WebApplicationBuilder AddSkillMapErrorPages(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var framework = services.Last(d => d.ServiceType == typeof(IAntiforgery));
        services.Remove(framework);
        services.AddSingleton<IAntiforgery>(provider => new FriendlyAntiforgery(
            (IAntiforgery)ActivatorUtilities.CreateInstance(provider, framework.ImplementationType!),
            provider.GetRequiredService<IOptions<AntiforgeryOptions>>()));
        return builder;
    }

    /// <summary>Outside Development an exception becomes the friendly error page; status codes without a body get one too.</summary>
    public static WebApplication UseSkillMapErrorPages(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
        }
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        return app;
    }
}
