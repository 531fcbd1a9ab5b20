using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Approval.Calendar;
using Platform.Approval.Data;
using Platform.Approval.Projects;
using Platform.Approval.Stages;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Approval.Timeline;

/// <summary>
/// The applicant's timeline (the owner, the agent, and staff): every stage and task with the department holding it,
/// due date, working days left, decision and supplement history.
/// </summary>
public static class TimelineApi
{
    public static RouteGroupBuilder MapTimelineApi(this RouteGroupBuilder api)
    {
        api.MapGet(ProjectsApi.ProjectRoute + "/timeline", Timeline).WithTags("projects")
            .RequireAuthorization(PlatformAuthentication.Authenticated)
            .WithSummary("查看投资项目的并联审批时间轴");
        return api;
    }

    static async Task<Results<Ok<ProjectTimeline>, ProblemHttpResult>> Timeline(string code, ClaimsPrincipal user,
        ApprovalDbContext db, ApprovalCalendar calendar, HallClock clock, CancellationToken cancellationToken)
    {
        var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
        if (project is null || !ProjectAccess.CanRead(user, project))
        {
            return ProjectsApi.NotFound(code);
        }
        return TypedResults.Ok(await BuildAsync(db, project, calendar.Current, HallTime.DateOf(clock.Now),
            cancellationToken));
    }

    public static async Task<ProjectTimeline> BuildAsync(ApprovalDbContext db, Project project,
        WorkingDayCalendar calendar, DateOnly today, CancellationToken cancellationToken)
    {
        var stages = await db.Stages.AsNoTracking().Include(s => s.Tasks).Where(s => s.ProjectCode == project.Code)
            .OrderBy(s => s.Stage).ThenBy(s => s.StageNo).ToListAsync(cancellationToken);
        return new ProjectTimeline(ProjectView.Of(project),
            stages.Select(s => StageView.Of(s, calendar, today)).ToList());
    }
}
