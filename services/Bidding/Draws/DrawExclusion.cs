namespace Platform.Bidding.Draws;

/// <summary>A candidate left out of a draw, with the reason published beside the result.</summary>
public sealed record DrawExclusion(string Candidate, string Reason);
