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
            .RequireAuthorization(Roles.WindowStaff);
        var stages = api.MapGroup("/stages").WithTags("stages");
        stages.MapGet("/", Queue).RequireAuthorization(Roles.Approver);
        stages.MapGet(StageRoute, Get).RequireAuthorization(PlatformAuthentication.Authenticated);
        stages.MapPost(StageRoute + "/check", LeadCheck.Check).RequireAuthorization(Roles.Approver);
        stages.MapPost(StageRoute + "/materials", MaterialsSupplied.Supply).RequireAuthorization(Roles.WindowStaff);
        stages.MapPost(StageRoute + "/supplement-answer", SupplementAnswer.Answer)
            .RequireAuthorization(PlatformAuthentication.Authenticated);
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
