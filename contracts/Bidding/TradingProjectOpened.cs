namespace Platform.Contracts.Bidding;

/// <summary>开标: the bids were opened; ValidBids counts those decrypted with a matching hash.</summary>
public sealed record TradingProjectOpened(
    Guid ProjectId,
    string Procedure,
    DateTimeOffset OpenedAt,
    int BidsReceived,
    int ValidBids);
