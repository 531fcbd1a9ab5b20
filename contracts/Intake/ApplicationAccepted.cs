namespace Platform.Contracts.Intake;

/// <summary>
/// 受理: the clock starts. Carries the matter's limits as they were at acceptance, the due date and the calendar
/// version it was computed with, so supervision needs nothing else to judge the case. Imported marks a case
/// brought in from an old system's export (the same facts, counted the same way). DueDateProvisional: the due date
/// reaches a year without a holiday notice and was counted from weekends (DESIGN §4); a CaseDueDateChanged follows
/// when the notice is loaded. CompletionFollows: imported history that was already completed; its CaseCompleted follows
/// from the same import, so no warning is judged on the case meanwhile (it would be a red one dated today).
/// Channel is "window", "online" or "agent"; PointCode and PointLevel ("county", "town", "village") name the service
/// point that took the application in (null: the county hall); Visits counts the applicant's trips in person so far
/// (0 online; a later CaseResultDelivered carries the final count).
/// </summary>
public sealed record ApplicationAccepted(
    string CaseNo,
    string MatterCode,
    string MatterName,
    string DepartmentCode,
    string HandlingKind,
    int? StatutoryLimitDays,
    int PromisedLimitDays,
    string? WindowNo,
    string ApplicantType,
    DateTimeOffset AcceptedAt,
    DateOnly DueDate,
    string CalendarVersion,
    bool Imported,
    bool DueDateProvisional = false,
    bool CompletionFollows = false,
    string Channel = "window",
    string? PointCode = null,
    string PointLevel = "county",
    int Visits = 1);
