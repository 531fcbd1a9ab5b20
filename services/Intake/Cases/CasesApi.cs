using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;

namespace Platform.Intake.Cases;

/// <summary>Processing by the matter's department (办结, 特别程序, 延期), ratings, and tracking by case number.</summary>
public static class CasesApi
{
    /// <summary>Case numbers are at most 32 characters: a longer one is simply not a case (404).</summary>
    const string CaseRoute = "/{caseNo:maxlength(32)}";

    public static RouteGroupBuilder MapCasesApi(this RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("cases");
        cases.MapGet("/", CaseList.List).RequireAuthorization(PlatformAuthentication.Authenticated)
            .WithSummary("列出办件");
        cases.MapGet(CaseRoute, Get).RequireAuthorization(PlatformAuthentication.Authenticated)
            .WithSummary("查看办件详情");
        cases.MapGet(CaseRoute + "/status", CaseTracking.Track).AllowAnonymous()
            .WithSummary("按办件编号和查询码查询办理进度");
        cases.MapPost(CaseRoute + "/complete", CompleteStep.Complete).RequireAuthorization(Roles.Approver)
            .WithSummary("办结办件");
        cases.MapPost(CaseRoute + "/suspend", SuspendStep.Suspend).RequireAuthorization(Roles.Approver)
            .WithSummary("办件进入特别程序（暂停计时）");
        cases.MapPost(CaseRoute + "/resume", ResumeStep.Resume).RequireAuthorization(Roles.Approver)
            .WithSummary("办件结束特别程序（恢复计时）");
        cases.MapPost(CaseRoute + "/extend", ExtendStep.Extend).RequireAuthorization(Roles.Approver)
            .WithSummary("延长办件的办理期限");
        cases.MapPost(CaseRoute + "/rating", CaseRating.Rate).RequireAuthorization(Roles.Applicant)
            .WithSummary("申请人对办件作出好差评");
        cases.MapPost(CaseRoute + "/claim", CaseClaim.Claim).RequireAuthorization(Roles.Applicant)
            .WithSummary("申请人认领本人的办件");
        api.MapPost("/queue/tickets/{number:maxlength(8)}/rating", WalkInRating.Rate).AllowAnonymous()
            .WithTags("cases")
            .WithSummary("现场办事人按取号评价窗口服务");
        api.MapGet("/my/cases", MyCases.Mine).RequireAuthorization(Roles.Applicant).WithTags("cases")
            .WithSummary("申请人列出本人的办件");
        return api;
    }

    static async Task<Results<Ok<CaseView>, ProblemHttpResult>> Get(string caseNo, ClaimsPrincipal user,
        IntakeDbContext db, CancellationToken cancellationToken)
    {
        if (!(user.IsInRole(Roles.Admin) || user.IsInRole(Roles.WindowStaff) || user.IsInRole(Roles.Supervisor)
            || user.IsInRole(Roles.Approver)))
        {
            return Problems.Of(StatusCodes.Status403Forbidden, "forbidden", "只有窗口人员、审批人员和监察人员可以查看办件详情。");
        }
        var @case = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.CaseNo == caseNo, cancellationToken);
        return @case is null ? CaseProblems.NotFound(caseNo) : TypedResults.Ok(CaseView.Of(@case));
    }
}
