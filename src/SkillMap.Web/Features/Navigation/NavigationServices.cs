namespace SkillMap.Web.Features.Navigation;

public static class NavigationServices
{
    public static WebApplicationBuilder AddSkillMapNavigation(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<NavigationQuery>();
        builder.Services.AddScoped<SiteNavigation>();
        return builder;
    }
}
