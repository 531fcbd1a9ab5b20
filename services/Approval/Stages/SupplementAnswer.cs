using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Approval.Calendar;
using Platform.Approval.Data;
using Platform.Approval.Projects;
using Platform.Contracts.Approval;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Approval.Stages;

/// <summary>
/// The applicant answers a supplement request (at the window, or online as owner or agent): the stage's clock runs
/// again for every task and their due dates move by the stopped working days (event ApprovalSupplementReceived).
/// </summary>
static class SupplementAnswer
{
    public static async Task<Results<Ok<StageView>, ProblemHttpResult>> Answer(string stageNo,
        SupplementAnswerRequest request, ClaimsPrincipal user, ApprovalDbContext db, ApprovalCalendar calendar,
        HallClock clock, CancellationToken cancellationToken)
    {
        if (new TextLimits().Max("note", request.Note, 1000).Problem() is { } tooLong)
        {
            return tooLong;
        }
        var stage = await db.Stages.Include(s => s.Tasks).Include(s => s.Project)
            .SingleOrDefaultAsync(s => s.StageNo == stageNo, cancellationToken);
        var window = user.IsInRole(Roles.WindowStaff);
        if (stage is null || !(window || ProjectAccess.ActsFor(user, stage.Project!)))
        {
            return StageProblems.NotFound(stageNo);
        }
        if (stage.Status != StageStatus.Stopped)
        {
            return Problems.Conflict("no-supplement-requested", "该阶段没有等待申请人答复的补正要求。");
        }
        var now = clock.Now;
        StageClock.Resume(stage, now, calendar.Current);
        var round = stage.Supplements[^1];
        stage.Supplements[^1] = round with { AnsweredAt = now };
        stage.History.Add(new(now, "supplement-answered", window ? "并联审批窗口" : "申请人",
            $"补正材料已提交，计时恢复{(string.IsNullOrWhiteSpace(request.Note) ? "" : "：" + request.Note.Trim())}"));
        db.AddEvent(new ApprovalSupplementReceived(stage.StageNo, stage.ProjectCode, stage.Stage, now,
            stage.SuspendedWorkingDays, stage.DueDate!.Value, StageEvents.OpenDueDates(stage)));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(StageView.Of(stage, calendar.Current, HallTime.DateOf(now)));
    }
}
