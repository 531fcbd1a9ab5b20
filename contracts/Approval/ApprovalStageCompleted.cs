namespace Platform.Contracts.Approval;

/// <summary>
/// Every task of the stage approved: DESIGN §6's stage figures. CompletedAt is the latest task decision;
/// WorkingDaysUsed = working days from acceptance to it less the stopped ones; LimitDays the largest promised limit of
/// the tasks; OnTime: used ≤ limit; SavedWorkingDays = SerialWorkingDays − WorkingDaysUsed (negative when slower).
/// </summary>
public sealed record ApprovalStageCompleted(
    string StageNo,
    string ProjectCode,
    int Stage,
    DateTimeOffset AcceptedAt,
    DateTimeOffset CompletedAt,
    int WorkingDaysUsed,
    int SuspendedWorkingDays,
    int LimitDays,
    int SerialWorkingDays,
    int SavedWorkingDays,
    bool OnTime,
    bool Imported);
