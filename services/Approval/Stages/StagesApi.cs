using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Approval.Calendar;
using Platform.Approval.Data;
using Platform.Approval.Projects;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Approval.Stages;

/// <summary>
/// Stage applications: submitted at the window, checked by the lead department, materials brought in, supplements
/// answered; read by the project's readers; the lead department's queue of submissions.
/// </summary>
public static class StagesApi
{
    const string StageRoute = "/{stageNo:maxlength(32)}";

    public static RouteGroupBuilder MapStagesApi(this RouteGroupBuilder api)
    {
        api.MapPost(ProjectsApi.ProjectRoute + "/stages", StageSubmission.Submit).WithTags("stages")
            .RequireAuthorization(Roles.WindowStaff)
            .WithSummary("窗口提交投资项目某一阶段的并联审批申请");
        var stages = api.MapGroup("/stages").WithTags("stages");
        stages.MapGet("/", Queue).RequireAuthorization(Roles.Approver)
            .WithSummary("牵头部门查看待形式审查的阶段申请");
        stages.MapGet(StageRoute, Get).RequireAuthorization(PlatformAuthentication.Authenticated)
            .WithSummary("查看阶段申请详情");
        stages.MapPost(StageRoute + "/check", LeadCheck.Check).RequireAuthorization(Roles.Approver)
            .WithSummary("牵头部门对阶段申请作出形式审查结论");
        stages.MapPost(StageRoute + "/materials", MaterialsSupplied.Supply).RequireAuthorization(Roles.WindowStaff)
            .WithSummary("窗口登记申请人补交的材料");
        stages.MapPost(StageRoute + "/supplement-answer", SupplementAnswer.Answer)
            .RequireAuthorization(PlatformAuthentication.Authenticated)
            .WithSummary("答复阶段申请的补正要求");
        return api;
    }

    /// <summary>The lead department's submissions waiting for its check, oldest first.</summary>
    static async Task<Ok<List<StageView>>> Queue(ClaimsPrincipal user, ApprovalDbContext db,
        ApprovalCalendar calendar, HallClock clock, CancellationToken cancellationToken)
    {
        var department = ProjectAccess.Department(user) ?? "";
        var stages = await db.Stages.AsNoTracking().Include(s => s.Tasks)
            .Where(s => s.LeadDepartmentCode == department && s.Status == StageStatus.Submitted)
            .OrderBy(s => s.StageNo).Take(200).ToListAsync(cancellationToken);
        var today = HallTime.DateOf(clock.Now);
        return TypedResults.Ok(stages.Select(s => StageView.Of(s, calendar.Current, today)).ToList());
    }

    static async Task<Results<Ok<StageView>, ProblemHttpResult>> Get(string stageNo, ClaimsPrincipal user,
        ApprovalDbContext db, ApprovalCalendar calendar, HallClock clock, CancellationToken cancellationToken)
    {
        var stage = await db.Stages.AsNoTracking().Include(s => s.Tasks).Include(s => s.Project)
            .SingleOrDefaultAsync(s => s.StageNo == stageNo, cancellationToken);
        return stage is not null && ProjectAccess.CanRead(user, stage.Project!)
            ? TypedResults.Ok(StageView.Of(stage, calendar.Current, HallTime.DateOf(clock.Now)))
            : StageProblems.NotFound(stageNo);
    }
}
