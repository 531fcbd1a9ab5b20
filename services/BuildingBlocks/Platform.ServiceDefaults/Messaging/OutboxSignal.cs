using System.Collections.Concurrent;

namespace Platform.ServiceDefaults.Messaging;

/// <summary>
/// Wakes a relay as soon as its context committed new events, so it need not wait for the next poll: one signal per
/// outbox (DbContext type), so the standalone host's six relays do not wake each other.
/// </summary>
public sealed class OutboxSignal
{
    readonly ConcurrentDictionary<Type, SemaphoreSlim> _signals = new();

    SemaphoreSlim For(Type context) => _signals.GetOrAdd(context, _ => new SemaphoreSlim(0, 1));

    public void Notify(Type context)
    {
        var signal = For(context);
        if (signal.CurrentCount == 0)
        {
            try { signal.Release(); } catch (SemaphoreFullException) { /* already signalled */ }
        }
    }

    public Task WaitAsync(Type context, TimeSpan timeout, CancellationToken cancellationToken) =>
        For(context).WaitAsync(timeout, cancellationToken);
}
