namespace SkillMap.Web.Features.SkillModel;

public static class SkillModelServices
{
    /// <summary>The model's versions, drafts, editor and exchange format (pages under /admin/model).</summary>
    public static WebApplicationBuilder AddSkillModel(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ModelVersions>();
        builder.Services.AddScoped<ModelDrafts>();
        return builder;
    }
}
