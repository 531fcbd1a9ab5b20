namespace Platform.Bidding.Evaluation;

/// <summary>
/// The evaluation committee's ranking, computed from the valid bids and the experts' sheets.
/// Lowest price (最低评标价法): a bid is disqualified when a strict majority of the experts who submitted marked it
/// unqualified (a tie keeps it); the rest in order of price, then submission time (the earlier bid first), then id.
/// Weighted (综合评分法, DESIGN §6): price score = lowest valid price ÷ bid price × price weight; technical score =
/// the mean of the experts' technical points (0 when none scored yet); total = price + technical rounded to 2
/// decimals away from zero; order by total descending, then price ascending, then submission time, then id.
/// </summary>
public static class Ranking
{
    public const string LowestPrice = "lowest-price";

    public static List<RankedBid> Rank(string method, decimal? priceWeight, IReadOnlyList<RankingBid> bids,
        IReadOnlyList<IReadOnlyList<ScoreLine>> sheets) =>
        method == LowestPrice ? ByLowestPrice(bids, sheets) : ByWeight(priceWeight ?? 0, bids, sheets);

    static List<RankedBid> ByLowestPrice(IReadOnlyList<RankingBid> bids,
        IReadOnlyList<IReadOnlyList<ScoreLine>> sheets)
    {
        bool Qualified(RankingBid bid) =>
            sheets.Count(s => s.Any(l => l.BidId == bid.BidId && l.Qualified == false)) * 2 <= sheets.Count;
        var ordered = bids.OrderBy(b => b.Price).ThenBy(b => b.SubmittedAt).ThenBy(b => b.BidId).ToList();
        var qualified = ordered.Where(Qualified).ToList();
        return qualified.Select((b, i) => new RankedBid(i + 1, b.BidId, b.Firm, b.Price, true, null, null, null))
            .Concat(ordered.Except(qualified)
                .Select(b => new RankedBid(null, b.BidId, b.Firm, b.Price, false, null, null, null)))
            .ToList();
    }

    static List<RankedBid> ByWeight(decimal weight, IReadOnlyList<RankingBid> bids,
        IReadOnlyList<IReadOnlyList<ScoreLine>> sheets)
    {
        if (bids.Count == 0)
        {
            return [];
        }
        var lowest = bids.Min(b => b.Price);
        var scored = bids.Select(b =>
        {
            var price = b.Price > 0 ? lowest / b.Price * weight : weight;
            var points = sheets.SelectMany(s => s.Where(l => l.BidId == b.BidId && l.Technical is not null))
                .Select(l => l.Technical!.Value).ToList();
            var technical = points.Count == 0 ? 0 : points.Sum() / points.Count;
            return (Bid: b, Price: price, Technical: technical, Total: Round(price + technical));
        });
        return scored.OrderByDescending(s => s.Total).ThenBy(s => s.Bid.Price).ThenBy(s => s.Bid.SubmittedAt)
            .ThenBy(s => s.Bid.BidId)
            .Select((s, i) => new RankedBid(i + 1, s.Bid.BidId, s.Bid.Firm, s.Bid.Price, true, Round(s.Price),
                Round(s.Technical), s.Total))
            .ToList();
    }

    static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
