using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Approval.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Identity;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Approval.Projects;

/// <summary>
/// Projects: an applicant registers their own (and may name an agent); the parallel-approval window registers one for
/// an applicant who came in person. The owner, the agent and staff read it.
/// </summary>
public static class ProjectsApi
{
    public const string ProjectRoute = "/projects/{code:maxlength(24)}";

    public static RouteGroupBuilder MapProjectsApi(this RouteGroupBuilder api)
    {
        var projects = api.MapGroup("/projects").WithTags("projects");
        projects.MapPost("/", Register).RequireAuthorization(PlatformAuthentication.Authenticated)
            .WithSummary("登记投资项目");
        projects.MapGet("/", List).RequireAuthorization(PlatformAuthentication.Authenticated)
            .WithSummary("列出当前用户可见的投资项目");
        api.MapGet(ProjectRoute, Get).WithTags("projects").RequireAuthorization(PlatformAuthentication.Authenticated)
            .WithSummary("查看投资项目详情");
        api.MapPut(ProjectRoute + "/agent", SetAgent).WithTags("projects").RequireAuthorization(Roles.Applicant)
            .WithSummary("为投资项目指定或更换代办员");
        return api;
    }

    static async Task<Results<Created<ProjectView>, ProblemHttpResult>> Register(ProjectRequest request,
        ClaimsPrincipal user, ApprovalDbContext db, HallClock clock, CancellationToken cancellationToken)
    {
        var applicant = user.IsInRole(Roles.Applicant);
        if (!applicant && !user.IsInRole(Roles.WindowStaff))
        {
            return Problems.Of(StatusCodes.Status403Forbidden, "forbidden", "项目由申请人在线登记，或由并联审批窗口代为登记。");
        }
        if (Check(request) is { Count: > 0 } errors)
        {
            return Problems.Invalid(errors);
        }
        if (await db.Projects.AnyAsync(p => p.Code == request.Code, cancellationToken))
        {
            return Problems.Conflict("project-exists", $"项目 {request.Code} 已登记，不能重复登记。");
        }
        var project = new Project
        {
            Code = request.Code!,
            Name = request.Name!.Trim(),
            ApplicantName = request.ApplicantName!.Trim(),
            ApplicantCreditCode = request.ApplicantCreditCode!.Trim().ToUpperInvariant(),
            OwnerAccount = applicant ? ProjectAccess.Account(user) : null,
            AgentAccount = string.IsNullOrWhiteSpace(request.AgentAccount) ? null : request.AgentAccount.Trim(),
            InvestmentKind = request.InvestmentKind!,
            Location = request.Location?.Trim() ?? "",
            RegisteredAt = clock.Now,
            TrackingCode = TrackingCodes.New(),
        };
        db.Projects.Add(project);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/approval/projects/{project.Code}", ProjectView.Of(project, withCode: true));
    }

    static List<FieldError> Check(ProjectRequest request)
    {
        var errors = new List<FieldError>(new TextLimits().Max("name", request.Name, 200)
            .Max("applicantName", request.ApplicantName, 200).Max("location", request.Location, 200)
            .Max("agentAccount", request.AgentAccount, 64).Errors);
        if (!ProjectCodes.IsValid(request.Code))
        {
            errors.Add(new("code", ProjectCodes.FormatHint));
        }
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            errors.Add(new("name", "请填写项目名称。"));
        }
        if (string.IsNullOrWhiteSpace(request.ApplicantName))
        {
            errors.Add(new("applicantName", "请填写建设单位（申请人）名称。"));
        }
        if (!ChineseIdentifiers.IsValidUnifiedSocialCreditCode(request.ApplicantCreditCode?.Trim().ToUpperInvariant()))
        {
            errors.Add(new("applicantCreditCode", "不是有效的 18 位统一社会信用代码（字符或校验码不正确）。"));
        }
        if (request.InvestmentKind is not ("enterprise" or "government"))
        {
            errors.Add(new("investmentKind", "投资类型应为 enterprise（企业投资）或 government（政府投资）。"));
        }
        return errors;
    }

    /// <summary>An applicant's own projects and those they act for as agent; staff see all; by code.</summary>
    static async Task<Results<Ok<PageOf<ProjectView>>, ProblemHttpResult>> List(int? page, int? pageSize,
        ClaimsPrincipal user, ApprovalDbContext db, CancellationToken cancellationToken)
    {
        if (Paging.TryRead(page, pageSize, out var number, out var size) is { } bad)
        {
            return bad;
        }
        var account = ProjectAccess.Account(user);
        var query = db.Projects.AsNoTracking();
        if (!ProjectAccess.IsStaff(user))
        {
            query = query.Where(p => p.OwnerAccount == account || p.AgentAccount == account);
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(p => p.Code)
            .Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
        var views = items.Select(p => ProjectView.Of(p)).ToList();
        return TypedResults.Ok(new PageOf<ProjectView>(views, number, size, total));
    }

    static async Task<Results<Ok<ProjectView>, ProblemHttpResult>> Get(string code, ClaimsPrincipal user,
        ApprovalDbContext db, CancellationToken cancellationToken)
    {
        var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
        return project is not null && ProjectAccess.CanRead(user, project)
            ? TypedResults.Ok(ProjectView.Of(project))
            : NotFound(code);
    }

    static async Task<Results<Ok<ProjectView>, ProblemHttpResult>> SetAgent(string code, AgentRequest request,
        ClaimsPrincipal user, ApprovalDbContext db, CancellationToken cancellationToken)
    {
        if (new TextLimits().Max("agentAccount", request.AgentAccount, 64).Problem() is { } tooLong)
        {
            return tooLong;
        }
        var project = await db.Projects.SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
        if (project is null || project.OwnerAccount != ProjectAccess.Account(user))
        {
            return NotFound(code);
        }
        project.AgentAccount = string.IsNullOrWhiteSpace(request.AgentAccount) ? null : request.AgentAccount.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ProjectView.Of(project));
    }

    /// <summary>Also the answer to a reader the project is not theirs: it does not tell that the code exists.</summary>
    public static ProblemHttpResult NotFound(string code) =>
        Problems.NotFound("project-not-found", $"没有找到项目 {code}（或您无权查看该项目）。");
}
