using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.Intake.Calendar;
using Platform.Intake.Cases;
using Platform.Intake.Catalogue;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Intake.Applications;

/// <summary>The window: receive an application and decide 受理 / 一次性告知 / 不予受理, or 当场办结 for an instant matter.</summary>
public static class ApplicationsApi
{
    public static RouteGroupBuilder MapApplicationsApi(this RouteGroupBuilder api)
    {
        var applications = api.MapGroup("/applications").WithTags("applications")
            .RequireAuthorization(Roles.WindowStaff);
        applications.MapPost("/", Submit)
            .WithSummary("窗口受理、一次性告知或不予受理一项申请");
        applications.MapPost("/{id:guid}/supplement", SupplementStep.Supplement)
            .WithSummary("对一次性告知的申请补齐材料后再次受理");
        api.MapGet("/matters", ListMatters).WithTags("applications").RequireAuthorization(Roles.WindowStaff)
            .WithSummary("列出窗口可受理的事项");
        return api;
    }

    /// <summary>Published matters, optionally of one department and matching keyword in their code or name.</summary>
    static async Task<Ok<List<LocalMatter>>> ListMatters(IntakeDbContext db, string? department, string? keyword,
        CancellationToken cancellationToken)
    {
        var text = string.IsNullOrWhiteSpace(keyword) ? null : keyword.Trim();
        return TypedResults.Ok(await db.Matters.AsNoTracking()
            .Where(m => m.Published && (department == null || m.DepartmentCode == department))
            .Where(m => text == null || m.Code.Contains(text) || m.Name.Contains(text))
            .OrderBy(m => m.Code).ToListAsync(cancellationToken));
    }

    /// <summary>
    /// A window's network may drop the answer: a retry with the same Idempotency-Key gets the first answer again, and
    /// the application and its case exist once (the key is stored on the application, in the same transaction). The
    /// same key with a different body is a client's mistake, refused, never answered with another request's result.
    /// </summary>
    static async Task<Results<Created<ApplicationResponse>, ProblemHttpResult>> Submit(ApplicationRequest request,
        [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey, ClaimsPrincipal user, IntakeDbContext db,
        IntakeCalendar calendar, HallClock clock, CancellationToken cancellationToken)
    {
        var staff = user.FindFirst("sub")?.Value ?? "unknown";
        if (IdempotencyKeys.Malformed(idempotencyKey) is { } malformed)
        {
            return Problems.Invalid([malformed]);
        }
        if (ApplicationLimits.Problem(request) is { } refused)
        {
            return refused;
        }
        if (request.ApplicantAccount is not null)
        {
            // The window cannot vouch for an online account (it sees no account store, and a clerk could type
            // "admin"); the applicant binds their own account by claiming the case, signed in, with its code.
            return Problems.Invalid([new("applicantAccount",
                "窗口不能为申请人绑定账户：请申请人登录后以受理编号和证件号码或联系电话后四位认领办件"
                + "（POST /api/intake/cases/{caseNo}/claim）。")]);
        }
        var requestHash = IdempotentReplay.Hash(request);
        if (await IdempotentReplay.ReplayAsync(db, staff, idempotencyKey, requestHash, cancellationToken)
            is { } replay)
        {
            return replay;
        }
        try
        {
            return await SubmitOnce(request, idempotencyKey, requestHash, staff, db, calendar, clock,
                cancellationToken);
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            // The same key won a race a moment ago: answer with what it produced.
            db.ChangeTracker.Clear();
            return await IdempotentReplay.ReplayAsync(db, staff, idempotencyKey, requestHash, cancellationToken)
                ?? throw new InvalidOperationException("Lost idempotent submission.");
        }
    }

    /// <summary>The checks every outcome shares, then the outcome's own step.</summary>
    static async Task<Results<Created<ApplicationResponse>, ProblemHttpResult>> SubmitOnce(ApplicationRequest request,
        string? idempotencyKey, string requestHash, string staff, IntakeDbContext db, IntakeCalendar calendar,
        HallClock clock, CancellationToken cancellationToken)
    {
        var matter = await db.Matters.AsNoTracking()
            .SingleOrDefaultAsync(m => m.Code == request.MatterCode && m.Published, cancellationToken);
        if (matter is null)
        {
            return Problems.Of(StatusCodes.Status422UnprocessableEntity, "matter-not-available",
                $"事项“{request.MatterCode}”未在事项目录中发布（或已暂停、取消），不能受理。");
        }
        var today = HallTime.DateOf(clock.Now);
        if (await VisitTicket.CheckAsync(request, today, db, cancellationToken) is { } badTicket)
        {
            return badTicket;
        }
        var errors = Applicant.Check(request.Applicant);
        errors.AddRange(MaterialRules.Check(matter, request.Materials));
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        var checks = request.Materials!.ToList();
        var lacking = MaterialRules.Lacking(matter, checks);
        var application = new Application
        {
            Id = Guid.NewGuid(),
            MatterCode = matter.Code,
            MatterVersion = matter.Version,
            Applicant = Applicant.From(request.Applicant!),
            ResponsibleStaff = staff,
            SubmittedBy = staff,
            Visits = 1,
            IdempotencyKey = idempotencyKey,
            RequestHash = idempotencyKey is null ? null : requestHash,
            WindowNo = request.WindowNo,
            Materials = checks,
            ReceivedAt = clock.Now,
            TicketNumber = request.TicketNumber?.Trim().ToUpperInvariant(),
            TicketDay = request.TicketNumber is null ? null : today,
        };

        switch (request.Outcome)
        {
            case "accept" or "complete-now":
                return await AcceptStep.AcceptAsync(request, application, matter, lacking, db, calendar,
                    cancellationToken);
            case "notice":
                return await NoticeStep.NoticeAsync(request, application, matter, lacking, checks, db,
                    cancellationToken);
            case "reject":
                return await RejectStep.RejectAsync(request, application, matter, db, cancellationToken);
            default:
                return Problems.Invalid([new("outcome",
                    "办理结果应为 accept（受理）、complete-now（当场办结）、notice（一次性告知）或 reject（不予受理）。")]);
        }
    }
}
