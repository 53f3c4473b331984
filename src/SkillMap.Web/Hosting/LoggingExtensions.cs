namespace SkillMap.Web.Hosting;

public static class LoggingExtensions
{
    /// <summary>CLI verbs keep stdout for what they print; every log line goes to stderr.</summary>
    public static void SendEverythingToStandardError(this ILoggingBuilder logging) =>
        logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
}
