using MassTransit;

namespace Platform.IntegrationTests.Outbox;

/// <summary>
/// Counts the messages of a type whose consumption has finished, applied or skipped as a repeat, so a test can wait
/// for the last delivery to be handled instead of guessing how long that takes.
/// </summary>
sealed class ConsumeCounter<TMessage> : IConsumeObserver where TMessage : class
{
    int _consumed;

    public int Consumed => Volatile.Read(ref _consumed);

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        if (typeof(T) == typeof(TMessage))
        {
            Interlocked.Increment(ref _consumed);
        }
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
