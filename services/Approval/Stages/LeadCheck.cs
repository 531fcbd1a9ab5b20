using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Approval.Calendar;
using Platform.Approval.Data;
using Platform.Approval.Projects;
using Platform.ServiceDefaults.Http;
using Platform.WorkingDays;

namespace Platform.Approval.Stages;

/// <summary>
/// The lead department (牵头部门) checks a submitted stage against the stage's material list, with intake's outcomes
/// (accept, one-time notice, reject) and 容缺受理. Only the lead department's approvers check.
/// </summary>
static class LeadCheck
{
    public static async Task<Results<Ok<StageView>, ProblemHttpResult>> Check(string stageNo,
        LeadCheckRequest request, ClaimsPrincipal user, ApprovalDbContext db, ApprovalCalendar calendar,
        HallClock clock, CancellationToken cancellationToken)
    {
        if (new TextLimits().Max("promise", request.Promise, 500).Max("reason", request.Reason, 500)
            .Max("legalBasis", request.LegalBasis, 500).Max("notice", request.Notice, 200, 200).Problem()
            is { } tooLong)
        {
            return tooLong;
        }
        var stage = await db.Stages.Include(s => s.Tasks).Include(s => s.Project)
            .SingleOrDefaultAsync(s => s.StageNo == stageNo, cancellationToken);
        if (stage is null)
        {
            return StageProblems.NotFound(stageNo);
        }
        if (ProjectAccess.Department(user) != stage.LeadDepartmentCode)
        {
            return StageProblems.NotYourDepartment($"只有牵头部门 {stage.LeadDepartmentCode} 的审批人员可以审查受理本阶段申请。");
        }
        if (stage.Status != StageStatus.Submitted)
        {
            return Problems.Conflict("not-submitted", "该阶段申请不在待受理审查的状态。");
        }
        if (await StagePlan.LoadAsync(db, stage.Stage, cancellationToken) is not { } plan || plan.Unavailable.Count > 0)
        {
            return Problems.Of(StatusCodes.Status422UnprocessableEntity, "stage-not-available",
                "本阶段的配置或事项已变更（暂停、取消），请联系管理员后再审查。");
        }
        if (request.Materials is not null)
        {
            if (StageMaterials.Check(plan, request.Materials) is { Count: > 0 } errors)
            {
                return Problems.Invalid(errors);
            }
            stage.Materials = request.Materials.ToList();
        }
        var lacking = StageMaterials.Lacking(plan, stage.Materials);
        var now = clock.Now;
        var outcome = request.Outcome switch
        {
            "accept" => Accept(db, stage, plan, lacking, now, calendar.Current),
            "accept-deferred" => AcceptDeferred(db, stage, plan, lacking, request.Promise, now, calendar.Current),
            "notice" => LeadOutcomes.Notice(stage, lacking, request.Notice, now, stage.LeadDepartmentCode),
            "reject" => LeadOutcomes.Reject(stage, request.Reason, request.LegalBasis, now, stage.LeadDepartmentCode),
            _ => Problems.Invalid([new("outcome",
                "审查结果应为 accept（受理）、accept-deferred（容缺受理）、notice（一次性告知）或 reject（不予受理）。")]),
        };
        if (outcome is not null)
        {
            return outcome;
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(StageView.Of(stage, calendar.Current, HallTime.DateOf(now)));
    }

    static ProblemHttpResult? Accept(ApprovalDbContext db, StageApplication stage, StagePlan plan,
        List<string> lacking, DateTimeOffset now, WorkingDayCalendar calendar)
    {
        if (lacking.Count > 0)
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "materials-incomplete",
                $"必需材料不齐全（{string.Join("、", lacking)}），不能受理；请一次性告知（notice），"
                + "或对容缺清单内的材料容缺受理（accept-deferred）。", lacking);
        }
        FanOut.Accept(db, stage, plan, stage.Project!.Name, now, calendar);
        return null;
    }

    /// <summary>容缺受理: only materials of the stage's 容缺 list may be missing, against a written promise.</summary>
    static ProblemHttpResult? AcceptDeferred(ApprovalDbContext db, StageApplication stage, StagePlan plan,
        List<string> lacking, string? promise, DateTimeOffset now, WorkingDayCalendar calendar)
    {
        if (lacking.Count == 0)
        {
            return Problems.Invalid([new("outcome", "材料齐全，应直接受理（accept）。")]);
        }
        var key = lacking.Except(plan.Definition.Deferrable).ToList();
        if (key.Count > 0)
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "key-materials-missing",
                $"以下材料不在本阶段容缺受理清单内，不能容缺：{string.Join("、", key)}；请一次性告知。", key);
        }
        if (string.IsNullOrWhiteSpace(promise))
        {
            return Problems.Invalid([new("promise", "容缺受理须有申请人的书面承诺（承诺在期限内补齐的内容）。")]);
        }
        FanOut.Accept(db, stage, plan, stage.Project!.Name, now, calendar);
        stage.Deferred = lacking;
        stage.DeferredPromise = promise.Trim();
        stage.DeferredDueDate = Deadlines.Due(calendar, stage.AcceptedDate!.Value,
            plan.Definition.DeferredWorkingDays).Date;
        stage.History.Add(new(now, "deferred", stage.LeadDepartmentCode,
            $"容缺受理：{string.Join("、", lacking)} 须于 {stage.DeferredDueDate:yyyy-MM-dd} 前补齐"));
        return null;
    }
}
