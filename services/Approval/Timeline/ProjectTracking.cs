using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Approval.Calendar;
using Platform.Approval.Data;
using Platform.Approval.Projects;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Verification;
using Platform.WorkingDays;

namespace Platform.Approval.Timeline;

/// <summary>
/// Anyone holding a project's code and its 查询码 follows its timeline without an account, with guessing limited per
/// project and per client by the same guard as intake's case tracking.
/// </summary>
public static class ProjectTracking
{
    public static RouteGroupBuilder MapProjectTrackingApi(this RouteGroupBuilder api)
    {
        api.MapGet(ProjectsApi.ProjectRoute + "/status", Track).WithTags("projects").AllowAnonymous()
            .WithSummary("按项目代码和查询码查询项目审批进度");
        return api;
    }

    static async Task<Results<Ok<ProjectTimeline>, ProblemHttpResult>> Track(string code, string? verify,
        HttpContext http, VerificationLimiter limiter, ApprovalDbContext db, ApprovalCalendar calendar,
        HallClock clock, CancellationToken cancellationToken)
    {
        var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
        // An unknown code and a wrong 查询码 get the same answer: the code alone reveals nothing.
        if (await SecondFactor.CheckAsync(http, limiter, "project:" + code,
            () => project?.TrackingCode is { } expected && CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.UTF8.GetBytes(expected), System.Text.Encoding.UTF8.GetBytes(verify?.Trim() ?? "")),
            () => Problems.NotFound("project-not-found",
                "未查到该项目：请核对全国投资项目代码，并以 verify 提供登记时取得的 6 位查询码。")) is { } refused)
        {
            return refused;
        }
        var timeline = await TimelineApi.BuildAsync(db, project!, calendar.Current, HallTime.DateOf(clock.Now),
            cancellationToken);
        return TypedResults.Ok(timeline with { Project = timeline.Project.Anonymous() });
    }
}
