namespace Platform.Intake.Cases;

public sealed record TimelineEntry(DateTimeOffset At, string Step, string? Note);
