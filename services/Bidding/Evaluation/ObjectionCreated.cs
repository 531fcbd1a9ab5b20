namespace Platform.Bidding.Evaluation;

/// <summary>The answer to a raised objection.</summary>
public sealed record ObjectionCreated(Guid ObjectionId);
