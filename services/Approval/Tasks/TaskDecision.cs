using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Approval.Data;
using Platform.Approval.Stages;
using Platform.Contracts.Approval;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Messaging;
using Platform.WorkingDays;

namespace Platform.Approval.Tasks;

/// <summary>
/// The rules of a department's decision, applied to a loaded stage: approval completes the stage when it is the last
/// task (and no 容缺 material is still owed); a supplement request stops every task's clock; a refusal ends the stage
/// and closes the other tasks. Every change and its events are staged on the context together.
/// </summary>
static class TaskDecision
{
    public static ProblemHttpResult? Apply(ApprovalDbContext db, StageApplication stage, ApprovalTask task,
        DecisionRequest request, string by, DateTimeOffset now, WorkingDayCalendar calendar)
    {
        if (stage.Status == StageStatus.Stopped)
        {
            return Problems.Conflict("stage-stopped", "本阶段正在等待申请人补正，计时已暂停；申请人答复后才能继续办理。");
        }
        if (!stage.IsRunning || !task.IsOpen)
        {
            return Problems.Conflict("task-not-open", "该审批任务已办结或已关闭。");
        }
        return request.Decision switch
        {
            "approve" or "approve-with-conditions" => Approve(db, stage, task, request, by, now, calendar),
            "request-supplement" => RequestSupplement(db, stage, task, request, now),
            "refuse" => Refuse(db, stage, task, request, by, now, calendar),
            _ => Problems.Invalid([new("decision", "办理决定应为 approve（准予）、approve-with-conditions（附条件准予）、"
                + "request-supplement（要求补正）或 refuse（不予许可）。")]),
        };
    }

    static ProblemHttpResult? Approve(ApprovalDbContext db, StageApplication stage, ApprovalTask task,
        DecisionRequest request, string by, DateTimeOffset now, WorkingDayCalendar calendar)
    {
        var conditional = request.Decision == "approve-with-conditions";
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(request.DecisionNo))
        {
            errors.Add(new("decisionNo", "请填写批准文号（许可证号或审查意见书编号）。"));
        }
        if (conditional && string.IsNullOrWhiteSpace(request.Conditions))
        {
            errors.Add(new("conditions", "附条件准予须写明条件。"));
        }
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        if (stage.Deferred.Count > 0 && stage.Tasks.Count(t => t.IsOpen) == 1)
        {
            return Problems.Conflict("deferred-materials-owed",
                $"容缺材料尚未补齐（{string.Join("、", stage.Deferred)}），本阶段不能办结；请申请人先到窗口补交。");
        }
        task.DecisionNo = request.DecisionNo!.Trim();
        task.Conditions = conditional ? request.Conditions!.Trim() : null;
        task.DecidedBy = by;
        StageClock.Decide(stage, task, conditional ? ApprovalTaskStatus.ApprovedWithConditions
            : ApprovalTaskStatus.Approved, now, calendar);
        stage.History.Add(new(now, "task-approved", task.DepartmentName,
            $"{task.MatterName}：{(conditional ? "附条件准予" : "准予")}，文号 {task.DecisionNo}"));
        db.AddEvent(StageEvents.Decided(stage, task));
        if (stage.Tasks.All(t => !t.IsOpen))
        {
            StageClock.Complete(stage, calendar);
            stage.History.Add(new(now, "completed", "系统",
                $"各部门均已准予，本阶段办结：用时 {stage.WorkingDaysUsed} 个工作日，较串联审批节约 {StageClock.Saved(stage)} 个工作日"));
            db.AddEvent(StageEvents.Completed(stage));
            if (stage.Stage == 4)
            {
                db.AddEvent(new ApprovalProjectCompleted(stage.ProjectCode, stage.Project!.Name, now, false));
            }
        }
        return null;
    }

    static ProblemHttpResult? RequestSupplement(ApprovalDbContext db, StageApplication stage, ApprovalTask task,
        DecisionRequest request, DateTimeOffset now)
    {
        var items = request.Items?.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i.Trim()).Distinct()
            .ToList() ?? [];
        if (items.Count == 0)
        {
            return Problems.Invalid([new("items", "请一次性列明需要申请人补正的全部内容。")]);
        }
        StageClock.Stop(stage, now);
        stage.Supplements.Add(new(task.TaskNo, task.DepartmentCode, items, now, null));
        stage.History.Add(new(now, "supplement-requested", task.DepartmentName,
            $"要求补正（全阶段计时暂停）：{string.Join("、", items)}"));
        db.AddEvent(new ApprovalSupplementRequested(stage.StageNo, stage.ProjectCode, stage.Stage, task.TaskNo,
            task.DepartmentCode, items, now));
        return null;
    }

    static ProblemHttpResult? Refuse(ApprovalDbContext db, StageApplication stage, ApprovalTask task,
        DecisionRequest request, string by, DateTimeOffset now, WorkingDayCalendar calendar)
    {
        if (string.IsNullOrWhiteSpace(request.Reason) || string.IsNullOrWhiteSpace(request.LegalBasis))
        {
            return Problems.Invalid([new("reason", "不予许可须写明理由（reason）和法律依据（legalBasis）。")]);
        }
        task.Reason = $"{request.Reason.Trim()}（依据：{request.LegalBasis.Trim()}）";
        task.DecidedBy = by;
        StageClock.Decide(stage, task, ApprovalTaskStatus.Refused, now, calendar);
        var closed = stage.Tasks.Where(t => t.IsOpen).ToList();
        foreach (var other in closed)
        {
            other.Status = ApprovalTaskStatus.Closed;
        }
        stage.Status = StageStatus.Refused;
        stage.ActiveSlot = null;
        stage.History.Add(new(now, "refused", task.DepartmentName, $"{task.MatterName}：不予许可，{task.Reason}；本阶段终止"));
        db.AddEvent(StageEvents.Decided(stage, task));
        db.AddEvent(new ApprovalStageRefused(stage.StageNo, stage.ProjectCode, stage.Stage, task.DepartmentCode,
            closed.Select(t => t.TaskNo).ToList(), now));
        return null;
    }
}
