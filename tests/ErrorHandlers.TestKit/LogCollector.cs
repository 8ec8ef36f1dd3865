using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ErrorHandlers.TestKit;

/// <summary>A logger provider that keeps every entry, for assertions on what was logged and how often.</summary>
public sealed class LogCollector : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    /// <summary>The entries of one category at <paramref name="level"/> or above.</summary>
    public IReadOnlyList<LogEntry> Of(string category, LogLevel level = LogLevel.Trace) =>
        [.. _entries.Where(e => e.Category == category && e.Level >= level)];

    /// <summary>Waits for an entry that matches, for what a server logs after the client has gone.</summary>
    public Task<LogEntry> WaitForAsync(Func<LogEntry, bool> match, TimeSpan? timeout = null) =>
        Eventually.FindAsync(
            () => _entries.FirstOrDefault(match),
            () => "No such log entry; the log has:\n" + string.Join("\n", _entries.Select(e => $"{e.Level} {e.Category}[{e.EventId.Id}] {e.Message} {e.Exception?.GetType().FullName}: {e.Exception?.Message}")),
            timeout);

    /// <summary>Forgets every entry, for a test that checks request after request on one server.</summary>
    public void Clear() => _entries.Clear();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new LogEntry(category, logLevel, eventId, formatter(state, exception), exception));
    }
}

/// <summary>One logged line.</summary>
public sealed record LogEntry(string Category, LogLevel Level, EventId EventId, string Message, Exception? Exception);
