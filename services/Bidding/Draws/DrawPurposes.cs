namespace Platform.Bidding.Draws;

/// <summary>What a draw picks: evaluation experts, the winning firm of 固定价比选, or the order of an auction.</summary>
public static class DrawPurposes
{
    public const string Experts = "experts";
    public const string Firms = "firms";
    public const string AuctionOrder = "auction-order";

    public static readonly IReadOnlyList<string> All = [Experts, Firms, AuctionOrder];
}
