namespace Platform.Bidding.Evaluation;

/// <summary>
/// A bid's place in the ranking; Rank is null for a bid a majority of the experts found unqualified. The price and
/// technical scores are shown rounded to 2 decimals; Total is rounded from their exact sum.
/// </summary>
public sealed record RankedBid(int? Rank, Guid BidId, string Firm, decimal Price, bool Qualified,
    decimal? PriceScore, decimal? TechnicalScore, decimal? Total);
