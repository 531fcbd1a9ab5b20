using Platform.ServiceDefaults.Persistence;

namespace Platform.Approval.Stages;

/// <summary>
/// One participating department's part of an accepted stage, tied to one catalogue matter of that department (its
/// limits as they were at acceptance). Used = working days from the stage's acceptance to the decision less the
/// stage's stopped days before it; on time = used ≤ the promised limit.
/// </summary>
public sealed class ApprovalTask : IConcurrencyStamped
{
    public required string TaskNo { get; set; }
    public required string StageNo { get; set; }
    public required string DepartmentCode { get; set; }
    public required string DepartmentName { get; set; }
    public required string MatterCode { get; set; }
    public required string MatterName { get; set; }
    public int? StatutoryLimitDays { get; set; }
    public int PromisedLimitDays { get; set; }
    public DateOnly DueDate { get; set; }
    public bool DueDateProvisional { get; set; }
    public ApprovalTaskStatus Status { get; set; }
    public string? DecisionNo { get; set; }
    public string? Conditions { get; set; }
    public string? Reason { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public DateOnly? DecidedDate { get; set; }
    public int? WorkingDaysUsed { get; set; }
    public int SuspendedWorkingDays { get; set; }
    public bool? OnTime { get; set; }
    public int ConcurrencyStamp { get; set; }

    public bool IsOpen => Status == ApprovalTaskStatus.Open;
}
