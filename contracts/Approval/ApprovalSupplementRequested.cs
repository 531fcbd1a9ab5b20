namespace Platform.Contracts.Approval;

/// <summary>
/// A department asked the applicant for a supplement (补正): the whole stage's clock stops, for every task, until the
/// applicant answers.
/// </summary>
public sealed record ApprovalSupplementRequested(
    string StageNo,
    string ProjectCode,
    int Stage,
    string TaskNo,
    string DepartmentCode,
    IReadOnlyList<string> Items,
    DateTimeOffset RequestedAt);
