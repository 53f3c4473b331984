using SkillMap.Web.Data.Migrations;

namespace SkillMap.Web.Features.Health;

/// <summary>
/// Plain-text probes for load balancers and orchestrators: /healthz says the process is up without
/// touching the database; /readyz says the database answers and its schema is current.
/// </summary>
public static class HealthEndpoints
{
    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapGet("/healthz", () => Results.Text("ok\n")).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/readyz", ReadyAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ReadyAsync(Migrator migrator, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        try
        {
            var pending = await migrator.PendingAsync(cancellationToken);
            return pending.Count == 0
                ? Results.Text("ready\n")
                : Results.Text($"not ready: {pending.Count} migration(s) pending\n", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            loggers.CreateLogger("SkillMap.Readiness").LogWarning(exception, "Readiness check could not reach the database");
            return Results.Text("not ready: database unreachable\n", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
