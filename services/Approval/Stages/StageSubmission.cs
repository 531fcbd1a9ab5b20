using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.Approval.Calendar;
using Platform.Approval.Data;
using Platform.Approval.Projects;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Persistence;
using Platform.WorkingDays;

namespace Platform.Approval.Stages;

/// <summary>
/// 一表申请: the parallel-approval window submits a stage once, with one set of materials, to the stage's lead
/// department. A stage opens only after the previous one completed, and only one application of a stage runs at a
/// time. A retry with the same Idempotency-Key gets the first answer; the same key with another body is refused.
/// </summary>
static class StageSubmission
{
    public static async Task<Results<Created<StageView>, ProblemHttpResult>> Submit(string code,
        SubmitStageRequest request, [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey,
        ClaimsPrincipal user, ApprovalDbContext db, ApprovalCalendar calendar, HallClock clock,
        CancellationToken cancellationToken)
    {
        var staff = ProjectAccess.Account(user);
        if (IdempotencyKeys.Malformed(idempotencyKey) is { } malformed)
        {
            return Problems.Invalid([malformed]);
        }
        var hash = IdempotencyKeys.Hash(new { code, request });
        if (idempotencyKey is not null && await db.Stages.AsNoTracking().Include(s => s.Tasks)
            .SingleOrDefaultAsync(s => s.SubmittedBy == staff && s.IdempotencyKey == idempotencyKey,
                cancellationToken) is { } earlier)
        {
            return earlier.RequestHash == hash ? Created(earlier, calendar, clock) : IdempotencyKeys.Reused();
        }
        var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
        if (project is null)
        {
            return ProjectsApi.NotFound(code);
        }
        if (request.Stage is not { } number || !StageNames.IsStage(number))
        {
            return Problems.Invalid([new("stage", "阶段应为 1（立项用地规划许可）到 4（竣工验收）。")]);
        }
        if (await StagePlan.LoadAsync(db, number, cancellationToken) is not { } plan || plan.Unavailable.Count > 0)
        {
            return Problems.Of(StatusCodes.Status422UnprocessableEntity, "stage-not-available",
                $"第 {number} 阶段（{StageNames.Of(number)}）尚未配置，或其事项已暂停、取消，暂不能申请；请联系管理员。");
        }
        if (await OrderProblemAsync(db, code, number, cancellationToken) is { } order)
        {
            return order;
        }
        if (StageMaterials.Check(plan, request.Materials) is { Count: > 0 } errors)
        {
            return Problems.Invalid(errors);
        }
        var now = clock.Now;
        try
        {
            return await RunningNumbers.InTransactionAsync(db, async () =>
            {
                var stage = new StageApplication
                {
                    StageNo = await StageNumbers.NextAsync(db, HallTime.DateOf(now), cancellationToken),
                    ProjectCode = code,
                    Stage = number,
                    Status = StageStatus.Submitted,
                    ActiveSlot = StageSlots.Of(code, number),
                    LeadDepartmentCode = plan.Definition.LeadDepartmentCode,
                    SubmittedBy = staff,
                    SubmittedAt = now,
                    IdempotencyKey = idempotencyKey,
                    RequestHash = hash,
                    Materials = request.Materials!.ToList(),
                    History = [new(now, "submitted", "并联审批窗口", "一表申请，一套材料，转牵头部门审查")],
                };
                db.Stages.Add(stage);
                await db.SaveChangesAsync(cancellationToken);
                return Created(stage, calendar, clock);
            }, cancellationToken);
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            // The same key won a race a moment ago: answer with what it produced.
            db.ChangeTracker.Clear();
            var first = await db.Stages.AsNoTracking().Include(s => s.Tasks)
                .SingleAsync(s => s.SubmittedBy == staff && s.IdempotencyKey == idempotencyKey, cancellationToken);
            return Created(first, calendar, clock);
        }
    }

    /// <summary>Stages in order, one application of a stage at a time.</summary>
    static async Task<ProblemHttpResult?> OrderProblemAsync(ApprovalDbContext db, string code, int number,
        CancellationToken cancellationToken)
    {
        var stages = await db.Stages.AsNoTracking().Where(s => s.ProjectCode == code)
            .Select(s => new { s.Stage, s.Status, s.StageNo }).ToListAsync(cancellationToken);
        if (number > 1 && !stages.Any(s => s.Stage == number - 1 && s.Status == StageStatus.Completed))
        {
            return Problems.Conflict("previous-stage-open",
                $"第 {number - 1} 阶段（{StageNames.Of(number - 1)}）尚未办结，第 {number} 阶段还不能申请。");
        }
        if (stages.FirstOrDefault(s => s.Stage == number
            && s.Status is not (StageStatus.Rejected or StageStatus.Refused)) is { } open)
        {
            return Problems.Conflict("stage-already-applied",
                $"第 {number} 阶段已有申请 {open.StageNo}（{StageView.StatusName(open.Status)}），不能重复申请。");
        }
        return null;
    }

    static Created<StageView> Created(StageApplication stage, ApprovalCalendar calendar, HallClock clock) =>
        TypedResults.Created($"/api/approval/stages/{stage.StageNo}",
            StageView.Of(stage, calendar.Current, HallTime.DateOf(clock.Now)));
}
