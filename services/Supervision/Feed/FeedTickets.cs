using System.Security.Cryptography;

namespace Platform.Supervision.Feed;

/// <summary>
/// Short-lived tickets for the feed: a browser's EventSource cannot send an Authorization header, so a signed-in
/// supervisor first asks for a ticket (random, 60 s, single use) and opens the feed with it in the query. The ticket
/// opens one connection and nothing else; a long-lived token never goes into a URL. Redis in the distributed mode (a
/// ticket issued by one replica opens a feed on another), process memory in the standalone host.
/// </summary>
public abstract class FeedTickets
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    /// <summary>A new ticket for that user, valid for <see cref="Lifetime"/>.</summary>
    public abstract Task<string> IssueAsync(string user);

    /// <summary>True once for a ticket issued less than <see cref="Lifetime"/> ago; it is spent by the call.</summary>
    public abstract Task<bool> RedeemAsync(string ticket);

    protected static string NewTicket() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    /// <summary>Tickets are 64 hex digits: anything else is refused before any lookup.</summary>
    protected static bool WellFormed(string ticket) =>
        ticket.Length == 64 && ticket.All(char.IsAsciiHexDigitLower);
}
