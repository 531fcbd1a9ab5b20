namespace Platform.Contracts.Approval;

/// <summary>
/// A calendar change (a holiday notice loaded or corrected) moved the due dates of a stage's open tasks.
/// </summary>
public sealed record ApprovalTaskDueDatesChanged(
    string StageNo,
    DateOnly StageDueDate,
    IReadOnlyList<ApprovalTaskDueDate> OpenTasks,
    string CalendarVersion);
