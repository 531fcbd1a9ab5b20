using Platform.Contracts.Approval;

namespace Platform.Approval.Stages;

/// <summary>The events of a stage, the same for live work and imported history.</summary>
static class StageEvents
{
    public static ApprovalStageAccepted Accepted(StageApplication s, string projectName,
        bool completionFollows = false) =>
        new(s.StageNo, s.ProjectCode, projectName, s.Stage, s.LeadDepartmentCode, s.AcceptedAt!.Value,
            s.DueDate!.Value, s.DueDateProvisional, s.LimitDays, s.SerialWorkingDays, s.SuspendedWorkingDays,
            s.Tasks.Select(t => new ApprovalTaskOpened(t.TaskNo, t.DepartmentCode, t.MatterCode, t.StatutoryLimitDays,
                t.PromisedLimitDays, t.DueDate, t.DueDateProvisional,
                completionFollows && t.DecidedAt is not null)).ToList(),
            s.CalendarVersion!, s.Imported);

    public static ApprovalTaskDecided Decided(StageApplication s, ApprovalTask t) =>
        new(t.TaskNo, s.StageNo, s.ProjectCode, s.Stage, t.DepartmentCode, t.MatterCode, Decision(t.Status),
            s.AcceptedAt!.Value, t.DecidedAt!.Value, t.WorkingDaysUsed!.Value, t.SuspendedWorkingDays,
            t.StatutoryLimitDays, t.PromisedLimitDays, t.OnTime!.Value, s.Imported);

    public static ApprovalStageCompleted Completed(StageApplication s) =>
        new(s.StageNo, s.ProjectCode, s.Stage, s.AcceptedAt!.Value, s.CompletedAt!.Value, s.WorkingDaysUsed!.Value,
            s.SuspendedWorkingDays, s.LimitDays, s.SerialWorkingDays, StageClock.Saved(s), s.OnTime!.Value,
            s.Imported);

    public static IReadOnlyList<ApprovalTaskDueDate> OpenDueDates(StageApplication s) =>
        s.Tasks.Where(t => t.IsOpen)
            .Select(t => new ApprovalTaskDueDate(t.TaskNo, t.DepartmentCode, t.DueDate, t.DueDateProvisional))
            .ToList();

    public static string Decision(ApprovalTaskStatus status) => status switch
    {
        ApprovalTaskStatus.Approved => "approved",
        ApprovalTaskStatus.ApprovedWithConditions => "approved-with-conditions",
        ApprovalTaskStatus.Refused => "refused",
        ApprovalTaskStatus.Closed => "closed",
        _ => "open",
    };
}
