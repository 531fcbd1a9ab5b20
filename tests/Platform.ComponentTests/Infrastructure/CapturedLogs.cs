using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Platform.ComponentTests.Infrastructure;

/// <summary>The exceptions a host logged, for tests that judge a failed start by what the host said.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    readonly ConcurrentQueue<Exception> _exceptions = new();

    public IReadOnlyCollection<Exception> Exceptions => _exceptions;

    public ILogger CreateLogger(string categoryName) => new Capturing(_exceptions);

    public void Dispose()
    {
    }

    sealed class Capturing(ConcurrentQueue<Exception> exceptions) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            if (exception is not null && IsEnabled(logLevel))
            {
                exceptions.Enqueue(exception);
            }
        }
    }
}
