namespace Platform.Approval.Stages;

/// <summary>
/// Where a stage application stands: submitted to the lead department; awaiting the materials of a one-time notice;
/// rejected (不予受理); in progress (fanned out to the departments); stopped (a department's supplement request is
/// waiting for the applicant); completed (every task approved); refused (a department refused).
/// </summary>
public enum StageStatus
{
    Submitted,
    AwaitingMaterials,
    Rejected,
    InProgress,
    Stopped,
    Completed,
    Refused,
}
