using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Approval.Calendar;
using Platform.Approval.Data;
using Platform.Approval.Projects;
using Platform.Approval.Stages;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Approval.Tasks;

/// <summary>
/// A department's queue of parallel-approval tasks and its decisions. Approvers see and decide only their own
/// department's tasks (their department claim).
/// </summary>
public static class TasksApi
{
    public static RouteGroupBuilder MapTasksApi(this RouteGroupBuilder api)
    {
        var tasks = api.MapGroup("/tasks").WithTags("tasks").RequireAuthorization(Roles.Approver);
        tasks.MapGet("/", Queue)
            .WithSummary("审批人员查看本部门待办的并联审批任务");
        tasks.MapPost("/{taskNo:maxlength(36)}/decision", Decide)
            .WithSummary("对并联审批任务作出审批决定");
        return api;
    }

    /// <summary>Open tasks (the default) soonest due first, or decided ones newest first.</summary>
    static async Task<Results<Ok<PageOf<TaskView>>, ProblemHttpResult>> Queue(string? status, int? page,
        int? pageSize, ClaimsPrincipal user, ApprovalDbContext db, ApprovalCalendar calendar, HallClock clock,
        CancellationToken cancellationToken)
    {
        if (Paging.TryRead(page, pageSize, out var number, out var size) is { } bad)
        {
            return bad;
        }
        if (status is not (null or "open" or "decided"))
        {
            return Problems.Invalid([new("status", "status 应为 open（待办）或 decided（已办）。")]);
        }
        var department = ProjectAccess.Department(user) ?? "";
        var open = status is null or "open";
        var query = db.Tasks.AsNoTracking().Where(t => t.DepartmentCode == department
            && (open ? t.Status == ApprovalTaskStatus.Open
                : t.Status != ApprovalTaskStatus.Open && t.Status != ApprovalTaskStatus.Closed));
        var total = await query.CountAsync(cancellationToken);
        var ordered = open ? query.OrderBy(t => t.DueDate).ThenBy(t => t.TaskNo)
            : query.OrderByDescending(t => t.DecidedDate).ThenBy(t => t.TaskNo);
        var tasks = await ordered.Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
        var stageNos = tasks.Select(t => t.StageNo).Distinct().ToList();
        var stages = await db.Stages.AsNoTracking().Where(s => stageNos.Contains(s.StageNo))
            .ToDictionaryAsync(s => s.StageNo, cancellationToken);
        var today = HallTime.DateOf(clock.Now);
        return TypedResults.Ok(new PageOf<TaskView>(
            tasks.Select(t => TaskView.Of(stages[t.StageNo], t, calendar.Current, today)).ToList(),
            number, size, total));
    }

    /// <summary>
    /// Two departments deciding the same stage at the same moment: the stage's concurrency stamp lets one win, and the
    /// other is applied again on what the winner committed (so the last approval always sees every other one).
    /// </summary>
    static async Task<Results<Ok<StageView>, ProblemHttpResult>> Decide(string taskNo, DecisionRequest request,
        ClaimsPrincipal user, ApprovalDbContext db, ApprovalCalendar calendar, HallClock clock,
        CancellationToken cancellationToken)
    {
        if (new TextLimits().Max("decisionNo", request.DecisionNo, 64).Max("conditions", request.Conditions, 1000)
            .Max("reason", request.Reason, 500).Max("legalBasis", request.LegalBasis, 500)
            .Max("items", request.Items, 50, 200).Problem() is { } tooLong)
        {
            return tooLong;
        }
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await DecideOnce(taskNo, request, user, db, calendar, clock, cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    static async Task<Results<Ok<StageView>, ProblemHttpResult>> DecideOnce(string taskNo, DecisionRequest request,
        ClaimsPrincipal user, ApprovalDbContext db, ApprovalCalendar calendar, HallClock clock,
        CancellationToken cancellationToken)
    {
        var department = ProjectAccess.Department(user);
        var stageNo = await db.Tasks.AsNoTracking().Where(t => t.TaskNo == taskNo && t.DepartmentCode == department)
            .Select(t => t.StageNo).SingleOrDefaultAsync(cancellationToken);
        if (stageNo is null)
        {
            return Problems.NotFound("task-not-found", $"没有找到本部门的审批任务 {taskNo}。");
        }
        var stage = await db.Stages.Include(s => s.Tasks).Include(s => s.Project)
            .SingleAsync(s => s.StageNo == stageNo, cancellationToken);
        var task = stage.Tasks.Single(t => t.TaskNo == taskNo);
        var now = clock.Now;
        if (TaskDecision.Apply(db, stage, task, request, ProjectAccess.Account(user), now, calendar.Current)
            is { } refused)
        {
            return refused;
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(StageView.Of(stage, calendar.Current, HallTime.DateOf(now)));
    }
}
