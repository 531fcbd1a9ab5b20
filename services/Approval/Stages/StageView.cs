using Platform.WorkingDays;

namespace Platform.Approval.Stages;

/// <summary>
/// A stage application as the window, the departments and the applicant see it: its status and holder, the lead
/// department's check, the clock (due date, working days left, stopped days), the tasks, the supplements and every
/// step so far.
/// </summary>
public sealed record StageView(string StageNo, string ProjectCode, int Stage, string Name, string Status,
    string? Holder, string LeadDepartmentCode, DateTimeOffset SubmittedAt, IReadOnlyList<MaterialCheck> Materials,
    IReadOnlyList<string> Notice, string? RejectionReason, string? RejectionBasis, DeferredView? Deferred,
    DateTimeOffset? AcceptedAt, DateOnly? DueDate, bool DueDateProvisional, int? WorkingDaysLeft, int LimitDays,
    int SerialWorkingDays, int SuspendedWorkingDays, DateTimeOffset? StoppedSince, DateTimeOffset? CompletedAt,
    int? WorkingDaysUsed, int? SavedWorkingDays, bool? OnTime, bool Imported, IReadOnlyList<TaskView> Tasks,
    IReadOnlyList<SupplementRound> Supplements, IReadOnlyList<StageEvent> History, string? CalendarVersion)
{
    public static StageView Of(StageApplication s, WorkingDayCalendar calendar, DateOnly today)
    {
        var holder = s.Status switch
        {
            StageStatus.Submitted => $"牵头部门 {s.LeadDepartmentCode}（受理审查）",
            StageStatus.AwaitingMaterials => "申请人（按一次性告知补齐材料）",
            StageStatus.Stopped => "申请人（补正中，计时暂停）",
            StageStatus.InProgress => string.Join("、", s.Tasks.Where(t => t.IsOpen).Select(t => t.DepartmentName)),
            _ => null,
        };
        var deferred = s.Deferred.Count == 0 ? null : new DeferredView(s.Deferred, s.DeferredDueDate,
            s.DeferredPromise, s.DeferredDueDate is { } by && Deadlines.IsLate(calendar, by, today));
        return new(s.StageNo, s.ProjectCode, s.Stage, StageNames.Of(s.Stage), StatusName(s.Status), holder,
            s.LeadDepartmentCode, s.SubmittedAt, s.Materials, s.Notice, s.RejectionReason, s.RejectionBasis, deferred,
            s.AcceptedAt, s.DueDate, s.DueDateProvisional,
            s.Status == StageStatus.InProgress && s.DueDate is { } due
                ? StageClock.DaysLeft(calendar, due, today) : null,
            s.LimitDays, s.SerialWorkingDays, s.SuspendedWorkingDays, s.StoppedSince, s.CompletedAt,
            s.WorkingDaysUsed, s.WorkingDaysUsed is null ? null : StageClock.Saved(s), s.OnTime, s.Imported,
            s.Tasks.OrderBy(t => t.TaskNo).Select(t => TaskView.Of(s, t, calendar, today)).ToList(), s.Supplements,
            s.History, s.CalendarVersion);
    }

    public static string StatusName(StageStatus status) => status switch
    {
        StageStatus.Submitted => "submitted",
        StageStatus.AwaitingMaterials => "awaiting-materials",
        StageStatus.Rejected => "rejected",
        StageStatus.InProgress => "in-progress",
        StageStatus.Stopped => "stopped",
        StageStatus.Completed => "completed",
        _ => "refused",
    };
}
