namespace Platform.Bidding.Evaluation;

/// <summary>
/// What the committee and the trading officer see once the opening closed: the opened bids, the scoring rule, the
/// sheets so far (who, when, the hash of each) and the ranking they give.
/// </summary>
public sealed record EvaluationView(Guid ProjectId, string Status, string Method, decimal? PriceWeight,
    IReadOnlyList<RankingBid> Bids, IReadOnlyList<string> Experts, IReadOnlyList<ScoreSheetView> Sheets,
    IReadOnlyList<RankedBid> Ranking);
