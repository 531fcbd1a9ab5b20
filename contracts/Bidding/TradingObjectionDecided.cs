namespace Platform.Contracts.Bidding;

/// <summary>The objection was answered: Upheld when it was found justified.</summary>
public sealed record TradingObjectionDecided(Guid ProjectId, Guid ObjectionId, bool Upheld, DateTimeOffset DecidedAt);
