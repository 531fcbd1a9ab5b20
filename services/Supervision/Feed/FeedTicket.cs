namespace Platform.Supervision.Feed;

/// <summary>
/// The answer to POST /api/supervision/feed/ticket: open GET /api/supervision/feed?ticket= before ExpiresAt.
/// </summary>
public sealed record FeedTicket(string Ticket, DateTimeOffset ExpiresAt);
