namespace Platform.Contracts.Intake;

/// <summary>
/// A calendar change moved an open case's due date (DESIGN §4: deadlines of open cases are recomputed); DueDate and
/// CalendarVersion are the new computation (a provisional date becomes a real one when its year's notice arrives).
/// </summary>
public sealed record CaseDueDateChanged(
    string CaseNo,
    string DepartmentCode,
    DateOnly PreviousDueDate,
    DateOnly DueDate,
    string CalendarVersion,
    bool DueDateProvisional = false);
