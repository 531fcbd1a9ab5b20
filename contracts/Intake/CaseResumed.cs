namespace Platform.Contracts.Intake;

/// <summary>The clock runs again; the due date moves by the working days it stood still.</summary>
public sealed record CaseResumed(string CaseNo, DateTimeOffset ResumedAt, int SuspendedWorkingDays, DateOnly DueDate,
    string CalendarVersion, bool DueDateProvisional = false);
