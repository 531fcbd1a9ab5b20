namespace Platform.Bidding.Projects;

/// <summary>
/// A 中标候选人 as published for the publicity (公示): the rank, the bid and firm, its price and, for a weighted
/// evaluation, its total score. The award may only go to one of them.
/// </summary>
public sealed record Candidate(int Rank, Guid BidId, string Firm, decimal Price, decimal? Score);
