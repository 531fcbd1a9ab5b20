namespace Platform.Contracts.Bidding;

/// <summary>
/// 中标/成交: the award. Budget is the project's budget or control price, AwardAmount the winning price (yuan);
/// ValidBids the number of valid bids the award was chosen from.
/// </summary>
public sealed record TradingProjectAwarded(
    Guid ProjectId,
    string Procedure,
    string Category,
    decimal Budget,
    decimal AwardAmount,
    string Winner,
    int ValidBids,
    DateTimeOffset AwardedAt);
