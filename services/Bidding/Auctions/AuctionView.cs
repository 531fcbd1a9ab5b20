using Platform.Bidding.Projects;

namespace Platform.Bidding.Auctions;

/// <summary>
/// The auction as anyone follows it: start price, increment, the highest bid and the next acceptable amount while it
/// is open; the reserve price only after the close. MyPaddle is the signed-in bidder's own 竞买号.
/// </summary>
public sealed record AuctionView(Guid ProjectId, string Status, decimal StartPrice, decimal Increment,
    AuctionBidView? Highest, int BidCount, IReadOnlyList<AuctionBidView> RecentBids, decimal? NextMinimum,
    DateTimeOffset? OpenedAt, DateTimeOffset? ClosedAt, decimal? ReservePrice, int? MyPaddle)
{
    public const int Recent = 20;

    public static AuctionView Of(TradingProject p, IReadOnlyList<AuctionBid> bids, int? myPaddle)
    {
        var highest = bids.MaxBy(b => b.Seq);
        var open = p.Status is ProjectStatus.Announced or ProjectStatus.Bidding or ProjectStatus.Auctioning;
        return new(p.Id, ProjectView.StatusName(p.Status), p.Budget, p.Increment ?? 0,
            highest is null ? null : AuctionBidView.Of(highest), bids.Count,
            bids.OrderByDescending(b => b.Seq).Take(Recent).Select(AuctionBidView.Of).ToList(),
            open ? MinimumAfter(p, highest) : null, p.OpenedAt, p.OpeningClosedAt,
            ProjectView.ReserveRevealed(p) ? p.ReservePrice : null, myPaddle);
    }

    /// <summary>The start price for the first bid, then the highest plus the increment.</summary>
    public static decimal MinimumAfter(TradingProject p, AuctionBid? highest) =>
        highest is null ? p.Budget : highest.Amount + (p.Increment ?? 0);
}
