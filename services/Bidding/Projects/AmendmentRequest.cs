namespace Platform.Bidding.Projects;

public sealed record AmendmentRequest(string? Text, DateTimeOffset? NewBidDeadline);
