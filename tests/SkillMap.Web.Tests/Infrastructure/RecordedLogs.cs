using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SkillMap.Web.Tests.Infrastructure;

/// <summary>Every log line a host writes, with its category and formatted message, for tests about what logs hold.</summary>
public sealed class RecordedLogs : ILoggerProvider
{
    public sealed record Line(string Category, LogLevel Level, string Message, IReadOnlyList<KeyValuePair<string, object?>> State);

    public ConcurrentQueue<Line> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(RecordedLogs capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
            capture.Lines.Enqueue(new Line(category, logLevel, formatter(state, exception) + (exception is null ? "" : " " + exception), values));
        }
    }
}
