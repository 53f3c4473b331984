namespace SkillMap.Web.Features.MyData;

public static class MyDataServices
{
    /// <summary>The /me/data download; features add their sections with <see cref="IMyDataSection"/>.</summary>
    public static WebApplicationBuilder AddMyData(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<MyDataQuery>();
        builder.Services.AddScoped<IMyDataSection, PlansSection>();
        return builder;
    }
}
