namespace Platform.Contracts.Bidding;

/// <summary>流标: the project failed (for an open tender, fewer than 3 valid bids), with the reason.</summary>
public sealed record TradingProjectFailed(
    Guid ProjectId,
    string Procedure,
    decimal Budget,
    int ValidBids,
    string Reason,
    DateTimeOffset FailedAt);
