namespace Platform.Intake.Cases;

public sealed record SuspendRequest(string? Procedure, string? Reason);
