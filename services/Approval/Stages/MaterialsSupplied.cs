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
/// The window receives materials: those of a one-time notice (all of them: the stage is accepted and fanned out as of
/// now, the clock starting on the supplement), or 容缺 materials owed by an accepted stage.
/// </summary>
static class MaterialsSupplied
{
    public static async Task<Results<Ok<StageView>, ProblemHttpResult>> Supply(string stageNo,
        MaterialsRequest request, ClaimsPrincipal user, ApprovalDbContext db, ApprovalCalendar calendar,
        HallClock clock, CancellationToken cancellationToken)
    {
        if (new TextLimits().Max("materials", request.Materials, 200, 200).Problem() is { } tooLong)
        {
            return tooLong;
        }
        var stage = await db.Stages.Include(s => s.Tasks).Include(s => s.Project)
            .SingleOrDefaultAsync(s => s.StageNo == stageNo, cancellationToken);
        if (stage is null)
        {
            return StageProblems.NotFound(stageNo);
        }
        var given = request.Materials?.Distinct().ToList() ?? [];
        var now = clock.Now;
        var by = "并联审批窗口 " + ProjectAccess.Account(user);
        if (stage.Status == StageStatus.AwaitingMaterials)
        {
            var still = stage.Notice.Except(given).ToList();
            if (still.Count > 0)
            {
                return Problems.Of(StatusCodes.Status400BadRequest, "supplement-incomplete",
                    $"告知书所列材料仍未补齐：{string.Join("、", still)}。", still);
            }
            if (await StagePlan.LoadAsync(db, stage.Stage, cancellationToken) is not { } plan
                || plan.Unavailable.Count > 0)
            {
                return Problems.Of(StatusCodes.Status422UnprocessableEntity, "stage-not-available",
                    "本阶段的配置或事项已变更（暂停、取消），暂不能受理；请联系管理员。");
            }
            stage.Materials = stage.Materials
                .Select(m => stage.Notice.Contains(m.Name) ? m with { Status = "present" } : m).ToList();
            stage.History.Add(new(now, "materials-supplied", by, $"补齐告知材料：{string.Join("、", stage.Notice)}"));
            FanOut.Accept(db, stage, plan, stage.Project!.Name, now, calendar.Current);
        }
        else if (stage.IsRunning && stage.Deferred.Count > 0)
        {
            var unknown = given.Except(stage.Deferred).ToList();
            if (given.Count == 0 || unknown.Count > 0)
            {
                return Problems.Invalid([new("materials",
                    $"请列出补交的容缺材料（尚欠：{string.Join("、", stage.Deferred)}）。")]);
            }
            stage.Deferred = stage.Deferred.Except(given).ToList();
            stage.History.Add(new(now, "deferred-supplied", by, $"补交容缺材料：{string.Join("、", given)}"));
        }
        else
        {
            return Problems.Conflict("no-materials-owed", "该阶段申请没有待补齐的告知材料或容缺材料。");
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(StageView.Of(stage, calendar.Current, HallTime.DateOf(now)));
    }
}
