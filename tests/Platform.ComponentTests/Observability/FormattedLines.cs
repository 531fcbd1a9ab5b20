using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace Platform.ComponentTests.Observability;

/// <summary>
/// A logger provider that formats each entry with a given console formatter, at the moment it is logged (so the
/// scopes, among them the current activity's TraceId, are the ones the console would have written).
/// </summary>
public sealed class FormattedLines(ConsoleFormatter formatter, Action<string> written)
    : ILoggerProvider, ISupportExternalScope
{
    IExternalScopeProvider? _scopes;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    sealed class Logger(FormattedLines provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull =>
            provider._scopes?.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            provider.Write(new LogEntry<TState>(logLevel, category, eventId, state, exception, formatter));
        }
    }

    void Write<TState>(in LogEntry<TState> entry)
    {
        using var writer = new StringWriter();
        formatter.Write(entry, _scopes, writer);
        written(writer.ToString());
    }
}
