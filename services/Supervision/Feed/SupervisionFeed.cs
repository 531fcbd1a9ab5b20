using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Platform.Supervision.Feed;

/// <summary>
/// Pushes committed changes to every connected dashboard (server-sent events), so none polls. Each subscriber has a
/// bounded channel; a dashboard too slow to read loses the oldest notices, never blocks the consumers.
/// </summary>
public sealed class SupervisionFeed
{
    readonly Lock _lock = new();
    readonly List<Channel<FeedEvent>> _subscribers = [];
    static readonly TimeSpan HeartbeatAfter = TimeSpan.FromSeconds(15);

    public void Publish(FeedEvent change)
    {
        lock (_lock)
        {
            foreach (var subscriber in _subscribers)
            {
                subscriber.Writer.TryWrite(change);
            }
        }
    }

    /// <summary>
    /// The changes as they come, and a heartbeat after 15 s of quiet: the gateway and proxies close connections that
    /// stay silent longer than their activity timeout (30 s for the supervision route).
    /// </summary>
    public async IAsyncEnumerable<FeedEvent> SubscribeAsync(
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<FeedEvent>(
            new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_lock)
        {
            _subscribers.Add(channel);
        }
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                quiet.CancelAfter(HeartbeatAfter);
                bool ready;
                try
                {
                    ready = await channel.Reader.WaitToReadAsync(quiet.Token);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    ready = false;
                }
                if (cancellationToken.IsCancellationRequested)
                {
                    yield break;
                }
                if (!ready)
                {
                    yield return new FeedEvent("heartbeat", "", null, DateTimeOffset.UtcNow);
                    continue;
                }
                while (channel.Reader.TryRead(out var change))
                {
                    yield return change;
                }
            }
        }
        finally
        {
            lock (_lock)
            {
                _subscribers.Remove(channel);
            }
        }
    }
}
