namespace Platform.Bidding.Evaluation;

/// <summary>A valid (decrypted) bid as the ranking needs it.</summary>
public sealed record RankingBid(Guid BidId, string Firm, decimal Price, DateTimeOffset SubmittedAt);
