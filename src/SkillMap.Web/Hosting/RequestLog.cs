using System.Diagnostics;
using Microsoft.AspNetCore.Routing;

namespace SkillMap.Web.Hosting;

/// <summary>
/// One log line per request: method, route template, status and duration. The template
/// (<c>/surveys/{sheetId}</c>), never the path, so no id, query string, form value or token reaches
/// the log; nothing about who asked either. Category <c>SkillMap.Requests</c>, level Information
/// (silence it with <c>Logging:LogLevel:SkillMap.Requests=Warning</c>).
/// </summary>
public static partial class RequestLog
{
    public const string Category = "SkillMap.Requests";

    public static WebApplication UseSkillMapRequestLog(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
        app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(context);
            }
            finally
            {
                if (logger.IsEnabled(LogLevel.Information))
                {
                    Request(logger, context.Request.Method, Route(context), context.Response.StatusCode,
                        Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }
        });
        return app;
    }

    /// <summary>The matched endpoint's template, "(static)" for a file under wwwroot, or "(none)".</summary>
    public static string Route(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint is RouteEndpoint route)
        {
            return "/" + (route.RoutePattern.RawText ?? "").TrimStart('/');
        }
        return context.Items.ContainsKey(StaticFileMarker) ? "(static)" : "(none)";
    }

    internal const string StaticFileMarker = "SkillMap.StaticFile";

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Method} {Route} {StatusCode} {DurationMs:0.0} ms")]
    private static partial void Request(ILogger logger, string method, string route, int statusCode, double durationMs);
}
