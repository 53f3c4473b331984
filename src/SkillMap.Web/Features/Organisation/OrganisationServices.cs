using SkillMap.Web.Features.Organisation.Erasure;
using SkillMap.Web.Features.Organisation.Import;
using SkillMap.Web.Features.Organisation.People;
using SkillMap.Web.Features.Organisation.Teams;

namespace SkillMap.Web.Features.Organisation;

public static class OrganisationServices
{
    /// <summary>Teams, units, people, CSV import/export and erasure; sessions follow the stored person.</summary>
    public static WebApplicationBuilder AddOrganisation(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<OrganisationAccess>();
        builder.Services.AddScoped<TeamQueries>();
        builder.Services.AddScoped<TeamCommands>();
        builder.Services.AddScoped<UnitCommands>();
        builder.Services.AddScoped<PeopleQueries>();
        builder.Services.AddScoped<PeopleCommands>();
        builder.Services.AddScoped<OrganisationImport>();
        builder.Services.AddScoped<OrganisationExport>();
        builder.Services.AddScoped<PersonErasure>();
        builder.Services.AddScoped<IPersonErasureStep, PlanErasureStep>();
        builder.Services.AddScoped<IPersonErasureStep, RoundErasureStep>();

        return builder;
    }
}
