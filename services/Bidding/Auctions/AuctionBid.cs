namespace Platform.Bidding.Auctions;

/// <summary>
/// One accepted 应价 of an auction, numbered per project: (ProjectId, Seq) is unique, so of two bids made at once
/// against the same highest only one is stored. The firm stays unpublished until the close (the paddle is shown).
/// </summary>
public sealed class AuctionBid
{
    public Guid Id { get; set; }
    public Guid ProjectId { get; set; }
    public int Seq { get; set; }
    public int Paddle { get; set; }
    public required string Account { get; set; }
    public required string FirmName { get; set; }
    public decimal Amount { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>The bidder's Idempotency-Key: a retry with it gets this bid back instead of a second one.</summary>
    public string? IdempotencyKey { get; set; }
}
