namespace Platform.Contracts.Bidding;

/// <summary>
/// A trading project announced (公告): Procedure is open-tender, inquiry, negotiation, fixed-price or auction; Category
/// works, goods, services or land; Budget the budget or control price in yuan (the start price of an auction).
/// </summary>
public sealed record TradingProjectAnnounced(
    Guid ProjectId,
    string Name,
    string Procedure,
    string Category,
    decimal Budget,
    string BuyerName,
    DateTimeOffset AnnouncedAt,
    DateTimeOffset BidDeadline);
