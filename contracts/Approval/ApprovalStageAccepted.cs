namespace Platform.Contracts.Approval;

/// <summary>
/// A stage of a construction project accepted by its lead department (受理) and fanned out: one task per participating
/// department, each with its matter's limits and its due date. LimitDays is the largest promised limit of the tasks,
/// SerialWorkingDays the sum of their statutory limits (what the applicant waited department after department).
/// Imported marks history from an old system's export.
/// </summary>
public sealed record ApprovalStageAccepted(
    string StageNo,
    string ProjectCode,
    string ProjectName,
    int Stage,
    string LeadDepartmentCode,
    DateTimeOffset AcceptedAt,
    DateOnly DueDate,
    bool DueDateProvisional,
    int LimitDays,
    int SerialWorkingDays,
    int SuspendedWorkingDays,
    IReadOnlyList<ApprovalTaskOpened> Tasks,
    string CalendarVersion,
    bool Imported);
