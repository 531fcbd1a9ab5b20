namespace Platform.Contracts.Intake;

/// <summary>
/// A completed case's working days were counted provisionally (its clock ran through a year without a holiday
/// notice) and the notice changed the count: WorkingDaysUsed, SuspendedWorkingDays and OnTime are the count with
/// the calendar of CalendarVersion. Only the figures change; the completion itself is not repeated.
/// </summary>
public sealed record CaseWorkingDaysRecounted(
    string CaseNo,
    string DepartmentCode,
    int WorkingDaysUsed,
    int SuspendedWorkingDays,
    bool OnTime,
    string CalendarVersion,
    bool WorkingDaysProvisional);
