namespace Platform.Contracts.Approval;

/// <summary>
/// A department refused its task: the stage ends as refused, and its other open tasks are closed undecided.
/// </summary>
public sealed record ApprovalStageRefused(
    string StageNo,
    string ProjectCode,
    int Stage,
    string DepartmentCode,
    IReadOnlyList<string> ClosedTaskNos,
    DateTimeOffset RefusedAt);
