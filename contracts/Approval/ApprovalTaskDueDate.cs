namespace Platform.Contracts.Approval;

/// <summary>An open task's due date as it stands now (after a stop or a calendar change).</summary>
public sealed record ApprovalTaskDueDate(string TaskNo, string DepartmentCode, DateOnly DueDate, bool Provisional);
