namespace SkillMap.Web.Features.Demo;

public static class DemoServices
{
    public static WebApplicationBuilder AddDemoOrganisation(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section);
        builder.Services.AddScoped<DemoSeeder>();
        builder.Services.AddScoped<DemoPeopleQuery>();
        return builder;
    }

    /// <summary>In demo mode: refuses a database with real people, and seeds an empty one.</summary>
    public static async Task SeedDemoOrganisationAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var options = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<DemoOptions>>().Value;
        if (options.Enabled)
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync();
        }
    }
}
