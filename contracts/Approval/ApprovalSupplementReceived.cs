namespace Platform.Contracts.Approval;

/// <summary>
/// The applicant answered a supplement request: the stage's clock runs again. SuspendedWorkingDays is the stage's
/// stopped working days so far; the open tasks' due dates moved by the stop (listed with their new dates).
/// </summary>
public sealed record ApprovalSupplementReceived(
    string StageNo,
    string ProjectCode,
    int Stage,
    DateTimeOffset ReceivedAt,
    int SuspendedWorkingDays,
    DateOnly StageDueDate,
    IReadOnlyList<ApprovalTaskDueDate> OpenTasks);
