namespace Platform.Contracts.Bidding;

/// <summary>The contract was signed; WithinDeadline: within 30 days of the award.</summary>
public sealed record TradingContractSigned(
    Guid ProjectId,
    DateTimeOffset AwardedAt,
    DateTimeOffset SignedAt,
    bool WithinDeadline);
