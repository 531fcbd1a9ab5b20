namespace Platform.Bidding.FixedPrice;

/// <summary>The officer's finding on a registration; a reason is required when not qualified.</summary>
public sealed record QualificationRequest(bool? Qualified, string? Reason);
