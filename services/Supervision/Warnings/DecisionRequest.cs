namespace Platform.Supervision.Warnings;

public sealed record DecisionRequest(string? Outcome, string? Note);
