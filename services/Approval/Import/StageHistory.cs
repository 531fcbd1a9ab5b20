namespace Platform.Approval.Import;

/// <summary>
/// A stage that was accepted before this system knew of it (an old system's export, or the demo hall's past): enough
/// to rebuild it with the live clock and the live events.
/// </summary>
sealed record StageHistory(
    string ProjectCode,
    string ProjectName,
    int Stage,
    string LeadDepartmentCode,
    DateTimeOffset AcceptedAt,
    int SuspendedWorkingDays,
    IReadOnlyList<TaskHistory> Tasks);
