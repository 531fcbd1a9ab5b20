namespace Platform.Bidding.Evaluation;

/// <summary>The answer to an objection: upheld (成立) or dismissed, with the reply given to the bidder.</summary>
public sealed record DecisionRequest(bool? Upheld, string? Reply);
