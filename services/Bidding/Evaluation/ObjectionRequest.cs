namespace Platform.Bidding.Evaluation;

/// <summary>异议 text, 1 to 4000 characters.</summary>
public sealed record ObjectionRequest(string? Text);
