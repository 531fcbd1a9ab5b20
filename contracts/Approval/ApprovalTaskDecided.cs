namespace Platform.Contracts.Approval;

/// <summary>
/// A department decided its task: Decision is "approved", "approved-with-conditions" or "refused". WorkingDaysUsed is
/// DESIGN §6's task used (working days from the stage's acceptance to the decision, less the stage's stopped days);
/// OnTime: used ≤ the matter's promised limit.
/// </summary>
public sealed record ApprovalTaskDecided(
    string TaskNo,
    string StageNo,
    string ProjectCode,
    int Stage,
    string DepartmentCode,
    string MatterCode,
    string Decision,
    DateTimeOffset StageAcceptedAt,
    DateTimeOffset DecidedAt,
    int WorkingDaysUsed,
    int SuspendedWorkingDays,
    int? StatutoryLimitDays,
    int PromisedLimitDays,
    bool OnTime,
    bool Imported);
