namespace Platform.Bidding.Bids;

/// <summary>What anyone may know of a bid before the opening: who, when, and the hash it committed to.</summary>
public sealed record SealedBidView(Guid BidId, string FirmName, string FirmCreditCode, DateTimeOffset SubmittedAt,
    string PlaintextSha256, string Status)
{
    public static SealedBidView Of(Bid b) => new(b.Id, b.FirmName, b.FirmCreditCode, b.SubmittedAt, b.PlaintextSha256,
        b.Status.ToString().ToLowerInvariant());
}
