using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Intake.Data;
using Platform.Intake.Files;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;

namespace Platform.Intake.Online;

/// <summary>网上办: the applicant applies online, follows the applications and answers a notice online.</summary>
public static class OnlineApplicationsApi
{
    public static RouteGroupBuilder MapOnlineApplicationsApi(this RouteGroupBuilder api)
    {
        var online = api.MapGroup("/online/applications").WithTags("online");
        online.MapPost("/", OnlineSubmit.Submit).RequireAuthorization(Roles.Applicant)
            .WithSummary("申请人在线提交申请");
        online.MapGet("/", Mine).RequireAuthorization(Roles.Applicant)
            .WithSummary("申请人列出本人的在线申请");
        online.MapGet("/{id:guid}", Get).RequireAuthorization(PlatformAuthentication.Authenticated)
            .WithSummary("查看在线申请详情");
        online.MapPost("/{id:guid}/supplement", OnlineSupplement.Supplement)
            .RequireAuthorization(policy => policy.RequireRole(Roles.Applicant, Roles.Agent, Roles.Admin))
            .WithSummary("对在线申请补正材料");
        return api;
    }

    /// <summary>The applicant's own applications of every channel (made for their account), newest first.</summary>
    static async Task<Results<Ok<PageOf<ApplicationListItem>>, ProblemHttpResult>> Mine(int? page, int? pageSize,
        ClaimsPrincipal user, IntakeDbContext db, CancellationToken cancellationToken)
    {
        if (Paging.TryRead(page, pageSize, out var number, out var size) is { } badPage)
        {
            return badPage;
        }
        var account = user.UserName();
        return TypedResults.Ok(await ApplicationPages.PageAsync(db,
            db.Applications.Where(a => a.ApplicantAccount == account), newestFirst: true, number, size,
            cancellationToken));
    }

    static async Task<Results<Ok<ApplicationView>, ProblemHttpResult>> Get(Guid id, ClaimsPrincipal user,
        IntakeDbContext db, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null)
        {
            return NotFound();
        }
        var department = await db.Matters.AsNoTracking().Where(m => m.Code == application.MatterCode)
            .Select(m => m.DepartmentCode).SingleOrDefaultAsync(cancellationToken);
        return ApplicationAccess.MaySee(user, application.ApplicantAccount, application.PointCode, department ?? "")
            ? TypedResults.Ok(await ApplicationViews.LoadAsync(db, application, cancellationToken))
            : NotFound();
    }

    public static ProblemHttpResult NotFound() =>
        Problems.NotFound("application-not-found", "没有这份申请，或您无权查看。");
}
