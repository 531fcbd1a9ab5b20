namespace Platform.Bidding.Bids;

public sealed record BidReceipt(Guid BidId, DateTimeOffset SubmittedAt, string PlaintextSha256);
