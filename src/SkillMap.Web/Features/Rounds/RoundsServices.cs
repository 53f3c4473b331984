namespace SkillMap.Web.Features.Rounds;

public static class RoundsServices
{
    /// <summary>Round management (/admin/rounds), peer nomination, reminders, and the background scheduler.</summary>
    public static WebApplicationBuilder AddRounds(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RoundsOptions>().BindConfiguration(RoundsOptions.Section);
        builder.Services.AddScoped<RoundAccess>();
        builder.Services.AddScoped<RoundCommands>();
        builder.Services.AddScoped<RoundOpener>();
        builder.Services.AddScoped<RoundPurger>();
        builder.Services.AddScoped<RoundPeers>();
        builder.Services.AddScoped<RoundResults>();
        builder.Services.AddScoped<RoundProgress>();
        builder.Services.AddScoped<ReminderText>();
        builder.Services.AddScoped<RoundReminders>();
        builder.Services.AddScoped<IRoundClosingStep, ForgetReminders>();
        builder.Services.AddScoped<IRoundPurgeStep, ForgetReminders>();
        builder.Services.AddScoped<Organisation.Erasure.IPersonErasureStep, EraseReminders>();
        builder.Services.AddScoped<IRoundClosingStep, ForgetPeerChoices>();
        builder.Services.AddScoped<IRoundClosingStep, RecordClose>();
        builder.Services.AddScoped<IRoundPurgeStep, PurgePlanLinks>();
        builder.Services.AddSingleton<RoundScheduler>();
        builder.Services.AddHostedService(services => services.GetRequiredService<RoundScheduler>());
        return builder;
    }
}
