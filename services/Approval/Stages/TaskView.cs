using Platform.WorkingDays;

namespace Platform.Approval.Stages;

/// <summary>
/// A department's task as the timeline and the department's queue show it: who holds it now, its due date and the
/// working days left (negative once past it; none once decided), the decision.
/// </summary>
public sealed record TaskView(string TaskNo, string StageNo, string ProjectCode, int Stage, string DepartmentCode,
    string DepartmentName, string MatterCode, string MatterName, int? StatutoryLimitDays, int PromisedLimitDays,
    string Status, string? Holder, DateOnly DueDate, bool DueDateProvisional, int? WorkingDaysLeft,
    string? DecisionNo, string? Conditions, string? Reason, DateTimeOffset? DecidedAt, int? WorkingDaysUsed,
    bool? OnTime)
{
    public static TaskView Of(StageApplication stage, ApprovalTask t, WorkingDayCalendar calendar, DateOnly today)
    {
        var waiting = t.IsOpen && stage.Status == StageStatus.Stopped;
        var running = t.IsOpen && stage.Status == StageStatus.InProgress;
        return new(t.TaskNo, t.StageNo, stage.ProjectCode, stage.Stage, t.DepartmentCode, t.DepartmentName,
            t.MatterCode, t.MatterName, t.StatutoryLimitDays, t.PromisedLimitDays, StageEvents.Decision(t.Status),
            running ? t.DepartmentName : waiting ? "申请人（补正中，计时暂停）" : null, t.DueDate, t.DueDateProvisional,
            running ? StageClock.DaysLeft(calendar, t.DueDate, today) : null, t.DecisionNo, t.Conditions, t.Reason,
            t.DecidedAt, t.WorkingDaysUsed, t.OnTime);
    }
}
