namespace Platform.Approval.Stages;

/// <summary>One step of the stage for the applicant's timeline: when, what, who (a department or the window).</summary>
public sealed record StageEvent(DateTimeOffset At, string Step, string By, string? Note);
