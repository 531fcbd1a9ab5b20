namespace Platform.Bidding.Auctions;

/// <summary>An 应价: the amount in yuan, at most two decimals.</summary>
public sealed record AuctionBidRequest(decimal? Amount);
