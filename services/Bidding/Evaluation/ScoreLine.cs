namespace Platform.Bidding.Evaluation;

/// <summary>
/// One expert's verdict on one bid: technical points (weighted method, 0 to 100 − price weight) or 符合性评审
/// qualified/unqualified (lowest-price method), with an optional comment.
/// </summary>
public sealed record ScoreLine(Guid BidId, decimal? Technical, bool? Qualified, string? Comment);
