namespace Platform.Supervision.Warnings;

public sealed record WarningAudit(DateTimeOffset At, string Who, string Action, string? Note);
