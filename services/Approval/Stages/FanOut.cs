using Platform.Approval.Data;
using Platform.ServiceDefaults.Messaging;
using Platform.WorkingDays;

namespace Platform.Approval.Stages;

/// <summary>
/// 受理 and 分发: the accepted stage becomes one task per participating department at once, each with its matter's
/// limits as they are now, and the stage's clock starts (event ApprovalStageAccepted, in the same transaction).
/// </summary>
static class FanOut
{
    public static void Accept(ApprovalDbContext db, StageApplication stage, StagePlan plan, string projectName,
        DateTimeOffset acceptedAt, WorkingDayCalendar calendar)
    {
        stage.Tasks = plan.Matters.Select((matter, i) => new ApprovalTask
        {
            TaskNo = StageNumbers.Task(stage.StageNo, i + 1),
            StageNo = stage.StageNo,
            DepartmentCode = matter.DepartmentCode,
            DepartmentName = matter.DepartmentName,
            MatterCode = matter.Code,
            MatterName = matter.Name,
            StatutoryLimitDays = matter.StatutoryLimitDays,
            PromisedLimitDays = matter.PromisedLimitDays,
        }).ToList();
        StageClock.Start(stage, acceptedAt, calendar);
        stage.History.Add(new(acceptedAt, "accepted", stage.LeadDepartmentCode,
            $"受理并分发至 {string.Join("、", stage.Tasks.Select(t => t.DepartmentName))} 并联审批，"
            + $"承诺 {stage.LimitDays} 个工作日内办结"));
        db.AddEvent(StageEvents.Accepted(stage, projectName));
    }
}
