namespace Platform.Approval.Stages;

/// <summary>
/// A department's task: open until decided (approved, approved with conditions, refused), or closed undecided when
/// another department refused the stage.
/// </summary>
public enum ApprovalTaskStatus
{
    Open,
    Approved,
    ApprovedWithConditions,
    Refused,
    Closed,
}
