using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Intake;
using Platform.Intake.Cases;
using Platform.Intake.Catalogue;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Intake.Applications;

/// <summary>The window: receive an application and decide 受理 / 一次性告知 / 不予受理, or 当场办结 for an instant matter.</summary>
public static class ApplicationsApi
{
    public static RouteGroupBuilder MapApplicationsApi(this RouteGroupBuilder api)
    {
        var applications = api.MapGroup("/applications").WithTags("applications").RequireAuthorization(Roles.WindowStaff);
        applications.MapPost("/", Submit);
        applications.MapPost("/{id:guid}/supplement", Supplement);
        api.MapGet("/matters", ListMatters).WithTags("applications").RequireAuthorization(Roles.WindowStaff);
        return api;
    }

    static async Task<Ok<List<LocalMatter>>> ListMatters(IntakeDbContext db, string? department, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Matters.AsNoTracking()
            .Where(m => m.Published && (department == null || m.DepartmentCode == department))
            .OrderBy(m => m.Code).ToListAsync(cancellationToken));

    /// <summary>
    /// A window's network may drop the answer: a retry with the same Idempotency-Key gets the first answer again, and
    /// the application and its case exist once (the key is stored on the application, in the same transaction).
    /// </summary>
    static async Task<Results<Created<ApplicationResponse>, ProblemHttpResult>> Submit(ApplicationRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, ClaimsPrincipal user, IntakeDbContext db,
        IntakeCalendar calendar, HallClock clock, CancellationToken cancellationToken)
    {
        var staff = user.FindFirst("sub")?.Value ?? "unknown";
        if (idempotencyKey is { Length: 0 or > 100 })
        {
            return Problems.Invalid([new("Idempotency-Key", "幂等键长度应为 1 到 100 个字符。")]);
        }
        if (await ReplayAsync(db, staff, idempotencyKey, cancellationToken) is { } replay)
        {
            return replay;
        }
        try
        {
            return await SubmitOnce(request, idempotencyKey, staff, db, calendar, clock, cancellationToken);
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            // The same key won a race a moment ago: answer with what it produced.
            db.ChangeTracker.Clear();
            return await ReplayAsync(db, staff, idempotencyKey, cancellationToken) ?? throw new InvalidOperationException("Lost idempotent submission.");
        }
    }

    static async Task<Created<ApplicationResponse>?> ReplayAsync(IntakeDbContext db, string staff, string? key, CancellationToken cancellationToken)
    {
        if (key is null)
        {
            return null;
        }
        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.ResponsibleStaff == staff && a.IdempotencyKey == key, cancellationToken);
        if (application is null)
        {
            return null;
        }
        if (application.CaseNo is { } caseNo)
        {
            var @case = await db.Cases.AsNoTracking().SingleAsync(c => c.CaseNo == caseNo, cancellationToken);
            var matter = await db.Matters.AsNoTracking().SingleAsync(m => m.Code == @case.MatterCode, cancellationToken);
            return Created(application, @case, matter);
        }
        return TypedResults.Created($"/api/intake/applications/{application.Id}", new ApplicationResponse(application.Id,
            application.Outcome == ApplicationOutcome.Rejected ? "rejected" : "awaiting-supplement", null,
            application.Outcome == ApplicationOutcome.Rejected ? null : application.Notice, application.Reason, null));
    }

    static async Task<Results<Created<ApplicationResponse>, ProblemHttpResult>> SubmitOnce(ApplicationRequest request,
        string? idempotencyKey, string staff, IntakeDbContext db, IntakeCalendar calendar, HallClock clock, CancellationToken cancellationToken)
    {
        var matter = await db.Matters.AsNoTracking().SingleOrDefaultAsync(m => m.Code == request.MatterCode && m.Published, cancellationToken);
        if (matter is null)
        {
            return Problems.Of(StatusCodes.Status422UnprocessableEntity, "matter-not-available",
                $"事项“{request.MatterCode}”未在事项目录中发布（或已暂停、取消），不能受理。");
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
            ApplicantAccount = string.IsNullOrWhiteSpace(request.ApplicantAccount) ? null : request.ApplicantAccount.Trim(),
            ResponsibleStaff = staff,
            IdempotencyKey = idempotencyKey,
            WindowNo = request.WindowNo,
            Materials = checks,
            ReceivedAt = clock.Now,
        };

        switch (request.Outcome)
        {
            case "accept" or "complete-now":
                if (lacking.Count > 0)
                {
                    return Problems.Of(StatusCodes.Status400BadRequest, "materials-incomplete",
                        $"必需材料不齐全（{string.Join("、", lacking)}），不能受理；请出具一次性告知书（outcome: notice）。");
                }
                var completeNow = request.Outcome == "complete-now";
                if (completeNow && (!matter.IsInstant || request.Result is not ("approved" or "denied")))
                {
                    return Problems.Invalid([new("outcome", "只有即办件可以当场办结，且须给出办理结果 result：approved 或 denied。")]);
                }
                return await CaseNumbers.WithRetryAsync(db, async () =>
                {
                    var @case = await Accept(db, application, matter, calendar.Current, application.ReceivedAt, cancellationToken);
                    if (completeNow)
                    {
                        CaseClock.Complete(@case, application.ReceivedAt, request.Result!, request.DecisionNo, calendar.Current);
                        @case.Timeline.Add(new(application.ReceivedAt, "completed", "当场办结"));
                        db.AddEvent(CaseEvents.Completed(@case));
                    }
                    await db.SaveChangesAsync(cancellationToken);
                    return Created(application, @case, matter);
                });

            case "notice":
                var notice = request.Notice?.Distinct().ToList() ?? [];
                var omitted = lacking.Except(notice).ToList();
                if (lacking.Count == 0)
                {
                    return Problems.Invalid([new("notice", "没有缺失或不符合要求的必需材料，应直接受理。")]);
                }
                if (omitted.Count > 0)
                {
                    return Problems.Of(StatusCodes.Status400BadRequest, "notice-incomplete",
                        $"一次性告知必须列明全部缺失或不符合要求的材料，遗漏了：{string.Join("、", omitted)}。", omitted);
                }
                var notMarked = notice.Except(checks.Where(c => c.Status != "present").Select(c => c.Name)).ToList();
                if (notMarked.Count > 0)
                {
                    return Problems.Invalid([new("notice", $"告知书中的材料未被标记为缺失或不符合要求：{string.Join("、", notMarked)}。")]);
                }
                application.Outcome = ApplicationOutcome.AwaitingSupplement;
                application.Notice = notice;
                db.Applications.Add(application);
                db.AddEvent(new SupplementRequested(application.Id, matter.Code, matter.DepartmentCode, notice, application.ReceivedAt));
                await db.SaveChangesAsync(cancellationToken);
                return TypedResults.Created($"/api/intake/applications/{application.Id}",
                    new ApplicationResponse(application.Id, "awaiting-supplement", null, notice, null, null));

            case "reject":
                if (string.IsNullOrWhiteSpace(request.Reason) || string.IsNullOrWhiteSpace(request.LegalBasis))
                {
                    return Problems.Invalid([new("reason", "不予受理须写明理由（reason）和法律依据（legalBasis）。")]);
                }
                application.Outcome = ApplicationOutcome.Rejected;
                application.Reason = request.Reason.Trim();
                application.LegalBasis = request.LegalBasis.Trim();
                db.Applications.Add(application);
                db.AddEvent(new ApplicationRejected(application.Id, matter.Code, matter.DepartmentCode, application.Reason,
                    application.LegalBasis, application.ReceivedAt));
                await db.SaveChangesAsync(cancellationToken);
                return TypedResults.Created($"/api/intake/applications/{application.Id}",
                    new ApplicationResponse(application.Id, "rejected", null, null, application.Reason, null));

            default:
                return Problems.Invalid([new("outcome", "办理结果应为 accept（受理）、complete-now（当场办结）、notice（一次性告知）或 reject（不予受理）。")]);
        }
    }

    static async Task<Results<Created<ApplicationResponse>, ProblemHttpResult>> Supplement(Guid id, SupplementRequest request,
        IntakeDbContext db, IntakeCalendar calendar, HallClock clock, CancellationToken cancellationToken)
    {
        var application = await db.Applications.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null)
        {
            return Problems.NotFound("application-not-found", "没有这份申请。");
        }
        if (application.Outcome != ApplicationOutcome.AwaitingSupplement)
        {
            return Problems.Conflict("not-awaiting-supplement", "这份申请不在等待补正的状态。");
        }
        var matter = await db.Matters.AsNoTracking().SingleAsync(m => m.Code == application.MatterCode, cancellationToken);
        var stillLacking = application.Notice
            .Where(name => request.Materials?.Any(m => m.Name == name && m.Status == "present") != true).ToList();
        if (stillLacking.Count > 0)
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "supplement-incomplete",
                $"告知书所列材料仍未补齐：{string.Join("、", stillLacking)}。", stillLacking);
        }
        var receivedAt = clock.Now;
        return await CaseNumbers.WithRetryAsync(db, async () =>
        {
            var reloaded = await db.Applications.SingleAsync(a => a.Id == id, cancellationToken);
            reloaded.Materials = reloaded.Materials.Select(m => reloaded.Notice.Contains(m.Name) ? m with { Status = "present" } : m).ToList();
            var @case = await Accept(db, reloaded, matter, calendar.Current, receivedAt, cancellationToken);
            db.AddEvent(new SupplementReceived(reloaded.Id, @case.CaseNo, receivedAt));
            await db.SaveChangesAsync(cancellationToken);
            return Created(reloaded, @case, matter);
        });
    }

    /// <summary>受理: the case, its number, its due date and its event, staged on the context.</summary>
    static async Task<Case> Accept(IntakeDbContext db, Application application, LocalMatter matter, WorkingDayCalendar calendar,
        DateTimeOffset acceptedAt, CancellationToken cancellationToken)
    {
        var caseNo = await CaseNumbers.NextAsync(db, HallTime.DateOf(acceptedAt), cancellationToken);
        var @case = new Case
        {
            CaseNo = caseNo,
            ApplicationId = application.Id,
            MatterCode = matter.Code,
            MatterName = matter.Name,
            MatterVersion = matter.Version,
            DepartmentCode = matter.DepartmentCode,
            HandlingKind = matter.HandlingKind,
            StatutoryLimitDays = matter.StatutoryLimitDays,
            PromisedLimitDays = matter.PromisedLimitDays,
            Applicant = application.Applicant,
            ApplicantAccount = application.ApplicantAccount,
            ResponsibleStaff = application.ResponsibleStaff,
            WindowNo = application.WindowNo,
            CalendarVersion = calendar.Version,
        };
        CaseClock.Start(@case, acceptedAt, calendar);
        @case.Timeline.Add(new(acceptedAt, "accepted", $"受理，承诺 {matter.PromisedLimitDays} 个工作日内办结"));
        application.Outcome = ApplicationOutcome.Accepted;
        application.CaseNo = caseNo;
        if (db.Entry(application).State == EntityState.Detached)
        {
            db.Applications.Add(application);
        }
        db.Cases.Add(@case);
        db.AddEvent(CaseEvents.Accepted(@case));
        return @case;
    }

    static Created<ApplicationResponse> Created(Application application, Case @case, LocalMatter matter) =>
        TypedResults.Created($"/api/intake/cases/{@case.CaseNo}", new ApplicationResponse(application.Id,
            @case.Status == CaseStatus.Completed ? "completed" : "accepted",
            new Receipt(@case.CaseNo, matter.Code, matter.Name, matter.DepartmentName, @case.Applicant.MaskedName, @case.Applicant.MaskedId,
                @case.AcceptedAt, @case.DueDate, @case.PromisedLimitDays, @case.CalendarVersion, @case.ResponsibleStaff!, @case.WindowNo,
                $"凭受理编号和身份证件号或手机号后四位查询进度：/api/intake/cases/{@case.CaseNo}/status?verify=XXXX"),
            null, null, CaseView.Of(@case)));

}
