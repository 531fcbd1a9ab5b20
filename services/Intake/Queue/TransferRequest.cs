namespace Platform.Intake.Queue;

public sealed record TransferRequest(string? Line);
