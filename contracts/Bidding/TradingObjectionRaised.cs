namespace Platform.Contracts.Bidding;

/// <summary>异议: an objection against the candidates; the award waits for its answer.</summary>
public sealed record TradingObjectionRaised(Guid ProjectId, Guid ObjectionId, DateTimeOffset RaisedAt);
