using Platform.Bidding.Evaluation;

namespace Platform.ComponentTests.Bidding;

/// <summary>The committee's ranking, both methods, with the numbers worked out by hand in the comments.</summary>
public sealed class RankingTests
{
    static readonly DateTimeOffset T = DateTimeOffset.Parse("2026-03-20T09:00:00+08:00");
    static readonly Guid A = new("00000000-0000-0000-0000-00000000000a");
    static readonly Guid B = new("00000000-0000-0000-0000-00000000000b");
    static readonly Guid C = new("00000000-0000-0000-0000-00000000000c");
    static readonly Guid D = new("00000000-0000-0000-0000-00000000000d");

    [Fact]
    public void Weighted_price_score_is_lowest_over_price_times_weight_plus_the_mean_technical_score()
    {
        // Weight 30. Lowest valid price 800,000 (C). Price scores: A 800/1000×30 = 24; B 800/1250×30 = 19.2; C 30.
        // Technical means: A (60+62+64)/3 = 62; B (70+69+68)/3 = 69; C (50+51+53)/3 = 51.333…
        // Totals: A 86.00, B 88.20, C 81.33 (81.333… rounded) → B, A, C.
        RankingBid[] bids = [new(A, "甲", 1_000_000m, T), new(B, "乙", 1_250_000m, T.AddHours(1)), new(C, "丙", 800_000m, T.AddHours(2))];
        var sheets = new[] { (60m, 70m, 50m), (62m, 69m, 51m), (64m, 68m, 53m) }
            .Select(s => (IReadOnlyList<ScoreLine>)[new(A, s.Item1, null, null), new(B, s.Item2, null, null), new(C, s.Item3, null, null)])
            .ToList();

        var ranking = Ranking.Rank("weighted", 30m, bids, sheets);

        Assert.Equal([B, A, C], ranking.Select(r => r.BidId));
        Assert.Equal([1, 2, 3], ranking.Select(r => r.Rank!.Value));
        Assert.Equal([88.20m, 86.00m, 81.33m], ranking.Select(r => r.Total!.Value));
        Assert.Equal([19.20m, 24.00m, 30.00m], ranking.Select(r => r.PriceScore!.Value));
        Assert.Equal([69m, 62m, 51.33m], ranking.Select(r => r.TechnicalScore!.Value));
    }

    [Fact]
    public void Weighted_ties_go_to_the_lower_price_then_the_earlier_bid_and_totals_round_half_away_from_zero()
    {
        // Weight 40, lowest 1,000,000 (A and B, B submitted first): both price scores 40. One expert: A and B
        // technical 50.005 → total 90.005 → 90.01 (away from zero): a tie at the same price, so the earlier
        // submission (B) first. C: 1,000,000/1,250,000×40 = 32, + 58.01 = 90.01: a tie at a higher price, last.
        RankingBid[] bids = [new(A, "甲", 1_000_000m, T.AddHours(1)), new(B, "乙", 1_000_000m, T), new(C, "丙", 1_250_000m, T.AddHours(-1))];
        IReadOnlyList<ScoreLine> sheet = [new(A, 50.005m, null, null), new(B, 50.005m, null, null), new(C, 58.01m, null, null)];

        var ranking = Ranking.Rank("weighted", 40m, bids, [sheet]);

        Assert.Equal([B, A, C], ranking.Select(r => r.BidId));
        Assert.All(ranking, r => Assert.Equal(90.01m, r.Total));
    }

    [Fact]
    public void Lowest_price_disqualifies_on_a_strict_majority_and_orders_the_rest_by_price_then_submission()
    {
        // Three experts. A (the cheapest) unqualified for two: out. B unqualified for one only: in. C and D at one
        // price: D submitted earlier, so D before C.
        RankingBid[] bids = [new(A, "甲", 900_000m, T), new(B, "乙", 950_000m, T), new(C, "丙", 980_000m, T.AddHours(2)), new(D, "丁", 980_000m, T.AddHours(1))];
        IReadOnlyList<ScoreLine> Sheet(bool a, bool b) => [new(A, null, a, null), new(B, null, b, null), new(C, null, true, null), new(D, null, true, null)];

        var ranking = Ranking.Rank("lowest-price", null, bids, [Sheet(false, false), Sheet(false, true), Sheet(true, true)]);

        Assert.Equal([B, D, C, A], ranking.Select(r => r.BidId));
        Assert.Equal([1, 2, 3, null], ranking.Select(r => r.Rank));
        Assert.False(ranking[^1].Qualified);
    }

    [Fact]
    public void Lowest_price_keeps_a_bid_on_an_even_split_and_ranks_by_price_without_sheets()
    {
        RankingBid[] bids = [new(A, "甲", 900_000m, T), new(B, "乙", 850_000m, T)];
        IReadOnlyList<ScoreLine> Sheet(bool a) => [new(A, null, a, null), new(B, null, true, null)];

        Assert.Equal([B, A], Ranking.Rank("lowest-price", null, bids, [Sheet(false), Sheet(true)]).Select(r => r.BidId));
        Assert.Equal([B, A], Ranking.Rank("lowest-price", null, bids, []).Select(r => r.BidId));
    }
}
