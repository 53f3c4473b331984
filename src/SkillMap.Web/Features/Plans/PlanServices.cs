using SkillMap.Web.Features.Plans.Export;
using SkillMap.Web.Features.Rounds;

namespace SkillMap.Web.Features.Plans;

public static class PlanServices
{
    public static WebApplicationBuilder AddTrainingPlans(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PlansOptions>().BindConfiguration(PlansOptions.Section)
            .Validate(o => o.ProposedItems is >= 0 and <= 20 && o.StrengthItems is >= 0 and <= 20, "Plans:ProposedItems and Plans:StrengthItems must be between 0 and 20.");
        builder.Services.AddScoped<PlanProposer>();
        builder.Services.AddScoped<IRoundClosingStep, ProposePlansStep>();
        builder.Services.AddScoped<PlanAccess>();
        builder.Services.AddScoped<PlanQuery>();
        builder.Services.AddScoped<PlanListQuery>();
        builder.Services.AddScoped<PlanCommands>();
        builder.Services.AddScoped<TeamPlanQuery>();
        builder.Services.AddScoped<PlanExportQuery>();
        builder.Services.AddScoped<PlanExporter>();
        builder.Services.AddScoped<ExportAccess>();
        return builder;
    }
}
