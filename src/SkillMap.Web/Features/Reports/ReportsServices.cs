using SkillMap.Web.Features.Reports.Rollups;
using SkillMap.Web.Features.Rounds;

namespace SkillMap.Web.Features.Reports;

public static class ReportsServices
{
    /// <summary>Reports: the rollup closing step, the personal report, the team dashboard and the organisation view.</summary>
    public static WebApplicationBuilder AddSkillMapReports(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<RollupBuilder>();
        builder.Services.AddScoped<IRoundClosingStep, RollupStep>();
        builder.Services.AddScoped<IRoundPurgeStep, RollupPurgeStep>();
        builder.Services.AddScoped<Features.Organisation.Erasure.IPersonErasureStep, RollupErasureStep>();
        builder.Services.AddScoped<ReportAccess>();
        builder.Services.AddScoped<Team.TeamDashboardQuery>();
        builder.Services.AddScoped<Team.TeamTrendQuery>();
        builder.Services.AddScoped<People.PersonReportQuery>();
        builder.Services.AddScoped<Organisation.OrganisationQuery>();
        builder.Services.AddScoped<Operations.OperationsFigures>();
        return builder;
    }
}
