using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Intake;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Intake.Cases;

public sealed record CompleteRequest(string? Result, string? DecisionNo);
public sealed record SuspendRequest(string? Procedure, string? Reason);
public sealed record ExtendRequest(int? WorkingDays, string? LegalBasis);
/// <summary>Verify (last four of the applicant's ID or phone) proves a walk-in applicant without an account.</summary>
public sealed record RatingRequest(int? Score, string? Category, string? Comment, string? Verify);

/// <summary>Processing by the matter's department (办结, 特别程序, 延期), ratings, and tracking by case number.</summary>
public static class CasesApi
{
    const int MaxExtensionDays = 30;
    static readonly string[] Procedures = ["hearing", "inspection", "expert-review", "testing", "public-notice", "other"];

    public static RouteGroupBuilder MapCasesApi(this RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("cases");
        cases.MapGet("/{caseNo}", Get).RequireAuthorization(PlatformAuthentication.Authenticated);
        cases.MapGet("/{caseNo}/status", Track).AllowAnonymous();
        cases.MapPost("/{caseNo}/complete", Complete).RequireAuthorization(Roles.Approver);
        cases.MapPost("/{caseNo}/suspend", Suspend).RequireAuthorization(Roles.Approver);
        cases.MapPost("/{caseNo}/resume", Resume).RequireAuthorization(Roles.Approver);
        cases.MapPost("/{caseNo}/extend", Extend).RequireAuthorization(Roles.Approver);
        cases.MapPost("/{caseNo}/rating", Rate).RequireAuthorization(Roles.Applicant);
        api.MapGet("/my/cases", Mine).RequireAuthorization(Roles.Applicant).WithTags("cases");
        return api;
    }

    static async Task<Results<Ok<CaseView>, ProblemHttpResult>> Get(string caseNo, ClaimsPrincipal user, IntakeDbContext db,
        CancellationToken cancellationToken)
    {
        if (!(user.IsInRole(Roles.Admin) || user.IsInRole(Roles.WindowStaff) || user.IsInRole(Roles.Supervisor) || user.IsInRole(Roles.Approver)))
        {
            return Problems.Of(StatusCodes.Status403Forbidden, "forbidden", "只有窗口人员、审批人员和监察人员可以查看办件详情。");
        }
        var @case = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.CaseNo == caseNo, cancellationToken);
        return @case is null ? NotFound(caseNo) : TypedResults.Ok(CaseView.Of(@case));
    }

    /// <summary>Anonymous progress query: the case number plus the last four characters of the ID or phone.</summary>
    static async Task<Results<Ok<CaseStatusView>, ProblemHttpResult>> Track(string caseNo, string? verify, IntakeDbContext db,
        CancellationToken cancellationToken)
    {
        var @case = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.CaseNo == caseNo, cancellationToken);
        // Unknown number and wrong second factor get the same answer: the number alone reveals nothing.
        if (@case is null || !@case.Applicant.Verifies(verify?.Trim()))
        {
            return Problems.NotFound("case-not-found",
                "未查到该办件：请核对受理编号，并以 verify 提供申请人证件号码或联系电话的后四位。");
        }
        return TypedResults.Ok(new CaseStatusView(@case.CaseNo, @case.MatterName, @case.Applicant.MaskedName, @case.Status,
            @case.AcceptedAt, @case.DueDate, @case.CompletedAt, @case.Result, @case.Timeline));
    }

    static Task<Results<Ok<CaseView>, ProblemHttpResult>> Complete(string caseNo, CompleteRequest request, ClaimsPrincipal user,
        IntakeDbContext db, IntakeCalendar calendar, HallClock clock, CancellationToken cancellationToken) =>
        Change(caseNo, user, db, cancellationToken, @case =>
        {
            if (request.Result is not ("approved" or "denied"))
                return Invalid("result", "办理结果应为 approved（准予）或 denied（不予）。");
            if (string.IsNullOrWhiteSpace(request.DecisionNo) || request.DecisionNo.Length > 100)
                return Invalid("decisionNo", "请填写决定文书编号（最长 100 字）。");
            if (@case.Status == CaseStatus.Suspended)
                return Problems.Conflict("case-suspended", "办件处于特别程序中，请先恢复计时再办结。");
            var now = clock.Now;
            CaseClock.Complete(@case, now, request.Result, request.DecisionNo.Trim(), calendar.Current);
            @case.Timeline.Add(new(now, "completed", request.Result == "approved" ? "办结：准予" : "办结：不予"));
            db.AddEvent(CaseEvents.Completed(@case));
            return null;
        });

    static Task<Results<Ok<CaseView>, ProblemHttpResult>> Suspend(string caseNo, SuspendRequest request, ClaimsPrincipal user,
        IntakeDbContext db, HallClock clock, CancellationToken cancellationToken) =>
        Change(caseNo, user, db, cancellationToken, @case =>
        {
            if (request.Procedure is null || !Procedures.Contains(request.Procedure))
                return Invalid("procedure", $"特别程序应为：{string.Join("、", Procedures)}。");
            if (string.IsNullOrWhiteSpace(request.Reason))
                return Invalid("reason", "请写明进入特别程序的理由。");
            if (@case.Status == CaseStatus.Suspended)
                return Problems.Conflict("case-suspended", "办件已处于特别程序中。");
            var now = clock.Now;
            @case.Status = CaseStatus.Suspended;
            @case.SuspendedSince = now;
            @case.Timeline.Add(new(now, "suspended", $"特别程序（{request.Procedure}）：{request.Reason.Trim()}"));
            db.AddEvent(new CaseSuspended(@case.CaseNo, request.Procedure, request.Reason.Trim(), now));
            return null;
        });

    static Task<Results<Ok<CaseView>, ProblemHttpResult>> Resume(string caseNo, ClaimsPrincipal user, IntakeDbContext db,
        IntakeCalendar calendar, HallClock clock, CancellationToken cancellationToken) =>
        Change(caseNo, user, db, cancellationToken, @case =>
        {
            if (@case.Status != CaseStatus.Suspended)
                return Problems.Conflict("case-not-suspended", "办件不在特别程序中。");
            var now = clock.Now;
            var stopped = CaseClock.StoppedDays(calendar.Current, @case.SuspendedSince!.Value, now);
            @case.SuspendedWorkingDays += stopped;
            @case.SuspendedSince = null;
            @case.Status = CaseStatus.Open;
            @case.DueDate = CaseClock.DueDate(calendar.Current, @case);
            @case.CalendarVersion = calendar.Current.Version;
            @case.Timeline.Add(new(now, "resumed", $"恢复计时，特别程序用时 {stopped} 个工作日不计入办理时限"));
            db.AddEvent(new CaseResumed(@case.CaseNo, now, @case.SuspendedWorkingDays, @case.DueDate, @case.CalendarVersion));
            return null;
        });

    static Task<Results<Ok<CaseView>, ProblemHttpResult>> Extend(string caseNo, ExtendRequest request, ClaimsPrincipal user,
        IntakeDbContext db, IntakeCalendar calendar, HallClock clock, CancellationToken cancellationToken) =>
        Change(caseNo, user, db, cancellationToken, @case =>
        {
            if (request.WorkingDays is not (>= 1 and <= MaxExtensionDays))
                return Invalid("workingDays", $"延期天数应为 1 到 {MaxExtensionDays} 个工作日。");
            if (string.IsNullOrWhiteSpace(request.LegalBasis))
                return Invalid("legalBasis", "延期须写明法律依据（如《行政许可法》第四十二条）。");
            var now = clock.Now;
            @case.ExtensionDays += request.WorkingDays.Value;
            @case.DueDate = CaseClock.DueDate(calendar.Current, @case);
            @case.CalendarVersion = calendar.Current.Version;
            @case.Timeline.Add(new(now, "extended", $"依法延期 {request.WorkingDays} 个工作日：{request.LegalBasis.Trim()}"));
            db.AddEvent(new CaseExtended(@case.CaseNo, request.WorkingDays.Value, request.LegalBasis.Trim(), @case.DueDate, @case.CalendarVersion, now));
            return null;
        });

    /// <summary>A signed-in applicant's own cases, newest first, as the tracking page shows them.</summary>
    static async Task<Ok<List<CaseStatusView>>> Mine(ClaimsPrincipal user, IntakeDbContext db, CancellationToken cancellationToken)
    {
        var account = user.FindFirst("sub")?.Value;
        var cases = await db.Cases.AsNoTracking().Where(c => c.ApplicantAccount != null && c.ApplicantAccount == account)
            .OrderByDescending(c => c.AcceptedDate).ThenByDescending(c => c.CaseNo).Take(200).ToListAsync(cancellationToken);
        return TypedResults.Ok(cases.Select(c => new CaseStatusView(c.CaseNo, c.MatterName, c.Applicant.MaskedName, c.Status,
            c.AcceptedAt, c.DueDate, c.CompletedAt, c.Result, c.Timeline)).ToList());
    }

    static async Task<Results<Ok<CaseView>, ProblemHttpResult>> Rate(string caseNo, RatingRequest request, ClaimsPrincipal user,
        IntakeDbContext db, HallClock clock, CancellationToken cancellationToken)
    {
        if (request.Score is not (>= 1 and <= 5))
        {
            return Invalid("score", "评价等级为 1（非常不满意）到 5（非常满意）。");
        }
        if (request.Comment is { Length: > 500 } || request.Category is { Length: > 50 })
        {
            return Invalid("comment", "评价内容最长 500 字，差评类别最长 50 字。");
        }
        var @case = await db.Cases.SingleOrDefaultAsync(c => c.CaseNo == caseNo, cancellationToken);
        if (@case is null)
        {
            return NotFound(caseNo);
        }
        var owner = @case.ApplicantAccount is { } account
            ? account == user.FindFirst("sub")?.Value
            : @case.Applicant.Verifies(request.Verify?.Trim());
        if (!owner)
        {
            return Problems.Of(StatusCodes.Status403Forbidden, "not-the-applicant",
                "只有该办件的申请人可以评价：请用申请时登记的账户登录，或以 verify 提供证件号码或联系电话的后四位。");
        }
        if (@case.Status != CaseStatus.Completed)
        {
            return Problems.Conflict("case-not-completed", "办结后才能评价。");
        }
        if (@case.RatingScore is not null)
        {
            return Problems.Conflict("already-rated", "每件办件只能评价一次。");
        }
        var now = clock.Now;
        @case.RatingScore = request.Score;
        @case.ConcurrencyStamp++;
        @case.Timeline.Add(new(now, "rated", $"评价：{request.Score} 星"));
        db.AddEvent(new CaseRated(@case.CaseNo, @case.MatterCode, @case.DepartmentCode, @case.WindowNo, request.Score.Value,
            request.Category?.Trim(), request.Comment?.Trim(), now));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(CaseView.Of(@case));
    }

    /// <summary>A change by the matter's department: the approver's department claim must match (admin excepted).</summary>
    static async Task<Results<Ok<CaseView>, ProblemHttpResult>> Change(string caseNo, ClaimsPrincipal user, IntakeDbContext db,
        CancellationToken cancellationToken, Func<Case, ProblemHttpResult?> apply)
    {
        var @case = await db.Cases.SingleOrDefaultAsync(c => c.CaseNo == caseNo, cancellationToken);
        if (@case is null)
        {
            return NotFound(caseNo);
        }
        if (!user.IsInRole(Roles.Admin) && user.Department() != @case.DepartmentCode)
        {
            return Problems.Of(StatusCodes.Status403Forbidden, "other-department", $"办件 {caseNo} 属于 {@case.DepartmentCode}，不属于您所在的部门。");
        }
        if (@case.Status == CaseStatus.Completed)
        {
            return Problems.Conflict("case-completed", $"办件 {caseNo} 已办结。");
        }
        if (apply(@case) is { } problem)
        {
            return problem;
        }
        @case.ConcurrencyStamp++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict("case-changed", $"办件 {caseNo} 刚被他人修改，请刷新后重试。");
        }
        return TypedResults.Ok(CaseView.Of(@case));
    }

    static ProblemHttpResult Invalid(string field, string message) => Problems.Invalid([new(field, message)]);

    static ProblemHttpResult NotFound(string caseNo) => Problems.NotFound("case-not-found", $"没有受理编号为 {caseNo} 的办件。");
}
