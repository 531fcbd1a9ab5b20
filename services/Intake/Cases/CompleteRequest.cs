namespace Platform.Intake.Cases;

public sealed record CompleteRequest(string? Result, string? DecisionNo);
