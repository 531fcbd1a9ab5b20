namespace Platform.Bidding.Auctions;

/// <summary>
/// 竞买号: the number a registered bidder bids under, given at the start in registration order. Bids are published by
/// number, so who is bidding stays unknown to the other bidders until the close.
/// </summary>
public sealed class AuctionPaddle
{
    public Guid ProjectId { get; set; }
    public int Number { get; set; }
    public Guid RegistrationId { get; set; }
    public required string Account { get; set; }
    public required string FirmName { get; set; }
}
