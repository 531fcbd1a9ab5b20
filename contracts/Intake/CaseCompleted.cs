namespace Platform.Contracts.Intake;

/// <summary>
/// 办结: the clock stops. WorkingDaysUsed = working days from acceptance to completion minus SuspendedWorkingDays
/// (DESIGN §4); OnTheSpot = completed on the acceptance date; OnTime = used ≤ the promised limit plus any lawful
/// extension. Result is "approved" or "denied". WorkingDaysProvisional: the count ran through a year without a
/// holiday notice (weekends only).
/// </summary>
public sealed record CaseCompleted(
    string CaseNo,
    string MatterCode,
    string DepartmentCode,
    string? WindowNo,
    string Result,
    DateTimeOffset AcceptedAt,
    DateTimeOffset CompletedAt,
    int WorkingDaysUsed,
    int SuspendedWorkingDays,
    bool OnTheSpot,
    bool OnTime,
    int? StatutoryLimitDays,
    int PromisedLimitDays,
    string CalendarVersion,
    bool WorkingDaysProvisional = false);
