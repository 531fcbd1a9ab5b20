namespace Platform.Supervision.Warnings;

public sealed record AppealRequest(string? Reason);
