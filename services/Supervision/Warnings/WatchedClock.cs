namespace Platform.Supervision.Warnings;

/// <summary>
/// What the warning rule needs of anything with a due date (a case, a parallel-approval task): its number (the
/// warning's CaseNo), department, start, due date, and the date and reason it ended (completed, decided, closed) if it
/// has, which clears its live warnings.
/// </summary>
public sealed record WatchedClock(string No, string? DepartmentCode, DateOnly? Start, DateOnly? Due,
    bool DueProvisional, DateOnly? Ended, string EndedNote);
