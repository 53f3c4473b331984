namespace SkillMap.Web.Hosting;

public static class HostingServices
{
    /// <summary>
    /// Prints one line per wrong setting on stderr ("SkillMap cannot start: KEY is …: expected …")
    /// and returns false; nothing has been started or read from the settings yet.
    /// </summary>
    public static bool SettingsAreValid(this WebApplicationBuilder builder)
    {
        var problems = SettingsCheck.Problems(builder.Configuration, builder.Environment.ContentRootPath);
        foreach (var problem in problems)
        {
            Console.Error.WriteLine($"SkillMap cannot start: {problem}");
        }
        return problems.Count == 0;
    }

    /// <summary>The one line printed when preparing the database fails in a way an operator can fix; null for a bug.</summary>
    public static string? StartFailure(Exception exception)
    {
        var message = exception switch
        {
            Data.Migrations.MigrationException or InvalidOperationException => exception.Message,
            System.Data.Common.DbException => $"the database did not answer ({exception.Message})",
            _ => null,
        };
        return message is null ? null : "SkillMap cannot start: " + message.ReplaceLineEndings(" ");
    }

    /// <summary>Reverse proxy, request log and metrics: what an operator needs to run SkillMap as a service.</summary>
    public static WebApplicationBuilder AddSkillMapHosting(this WebApplicationBuilder builder)
    {
        // Under systemd (Type=notify): tells systemd when SkillMap is ready and stops cleanly on SIGTERM; no-op elsewhere.
        builder.Host.UseSystemd();
        builder.AddSkillMapReverseProxy();
        builder.AddSkillMapObservability();
        builder.Services.Configure<StaticFileOptions>(options =>
            options.OnPrepareResponse = file => file.Context.Items[RequestLog.StaticFileMarker] = true);
        return builder;
    }
}
