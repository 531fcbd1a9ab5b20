namespace Platform.Bidding.Auctions;

/// <summary>A bid as the public sees it: by 竞买号, never by firm.</summary>
public sealed record AuctionBidView(int Seq, int Paddle, decimal Amount, DateTimeOffset At)
{
    public static AuctionBidView Of(AuctionBid b) => new(b.Seq, b.Paddle, b.Amount, b.At);
}
