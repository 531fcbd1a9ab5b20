namespace Platform.Bidding.Award;

/// <summary>
/// The award: with the lowest-price method the platform picks the lowest valid price (BidId empty); with the weighted
/// method the evaluation committee's winner is named by BidId.
/// </summary>
public sealed record AwardRequest(Guid? BidId);
