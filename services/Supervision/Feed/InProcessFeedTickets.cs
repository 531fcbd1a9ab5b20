using System.Collections.Concurrent;

namespace Platform.Supervision.Feed;

/// <summary>The standalone host's tickets, in this process (real time: a moved hall clock does not age them).</summary>
public sealed class InProcessFeedTickets : FeedTickets
{
    readonly ConcurrentDictionary<string, DateTimeOffset> _tickets = new(StringComparer.Ordinal);

    public override Task<string> IssueAsync(string user)
    {
        var now = DateTimeOffset.UtcNow;
        foreach (var (old, expiresAt) in _tickets)
        {
            if (expiresAt <= now)
            {
                _tickets.TryRemove(old, out _);
            }
        }
        var ticket = NewTicket();
        _tickets[ticket] = now + Lifetime;
        return Task.FromResult(ticket);
    }

    public override Task<bool> RedeemAsync(string ticket) =>
        Task.FromResult(WellFormed(ticket) && _tickets.TryRemove(ticket, out var expiresAt)
            && expiresAt > DateTimeOffset.UtcNow);
}
