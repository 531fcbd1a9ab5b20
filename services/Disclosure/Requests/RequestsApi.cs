using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Disclosure;
using Platform.Disclosure.Data;
using Platform.Disclosure.Numbering;
using Platform.Disclosure.Warnings;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Identity;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Disclosure.Requests;

/// <summary>依申请公开: register, clarification (补正), extension, third-party consultation, reply — on the clock of DESIGN §6.</summary>
public static class RequestsApi
{
    public static RouteGroupBuilder MapRequestsApi(this RouteGroupBuilder api)
    {
        var requests = api.MapGroup("/requests").WithTags("requests").RequireAuthorization(Roles.DisclosureOfficer);
        requests.MapGet("/", List);
        requests.MapPost("/", Register);
        requests.MapGet("/{requestNo}", Get);
        requests.MapPost("/{requestNo}/clarification", AskClarification);
        requests.MapPost("/{requestNo}/clarification/answered", ClarificationAnswered);
        requests.MapPost("/{requestNo}/extension", Extend);
        requests.MapPost("/{requestNo}/consultation", StartConsultation);
        requests.MapPost("/{requestNo}/consultation/answered", EndConsultation);
        requests.MapPost("/{requestNo}/reply", Reply);
        return api;
    }

    static async Task<Results<Ok<PageOf<RequestView>>, ProblemHttpResult>> List(DisclosureDbContext db, HallClock clock, string? status,
        bool? overdue, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        if (Paging.TryRead(page, pageSize, out var pageNumber, out var size) is { } badPage) return badPage;
        var query = db.Requests.AsNoTracking();
        if (status is not null)
        {
            var wanted = Enum.GetValues<RequestStatus>().Where(s => RequestView.StatusName(s) == status).ToList();
            if (wanted.Count == 0) return Problems.Invalid([new("status", "状态应为 open、awaiting-clarification、consulting 或 replied。")]);
            query = query.Where(r => r.Status == wanted[0]);
        }
        if (overdue == true)
        {
            var today = HallTime.DateOf(clock.Now);
            query = query.Where(r => r.Status == RequestStatus.Open && r.DueDate < today);
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(r => r.ReceivedDate).ThenByDescending(r => r.RequestNo).Skip((pageNumber - 1) * size).Take(size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PageOf<RequestView>(items.Select(RequestView.Of).ToList(), pageNumber, size, total));
    }

    static async Task<Results<Ok<RequestView>, ProblemHttpResult>> Get(string requestNo, DisclosureDbContext db, CancellationToken cancellationToken)
    {
        var request = await db.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.RequestNo == requestNo, cancellationToken);
        return request is null ? NotFound(requestNo) : TypedResults.Ok(RequestView.Of(request));
    }

    static async Task<Results<Created<RequestView>, ProblemHttpResult>> Register(RegisterRequest body, ClaimsPrincipal user,
        DisclosureDbContext db, DisclosureCalendar calendar, HallClock clock, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var channel = RequestCodes.ChannelCode(body.Channel);
        if (channel is null) errors.Add(new("channel", "申请渠道应为 in-person（当面）、online（网上）、letter（信函）、fax（传真）、email（电子邮件）或 other（其他）。"));
        var category = RequestCodes.CategoryCode(body.ApplicantCategory);
        if (category is null) errors.Add(new("applicantCategory", "申请人类别应为 natural、commercial、research、public-interest、legal-service 或 other。"));
        if (string.IsNullOrWhiteSpace(body.ApplicantName) || body.ApplicantName.Length > 100) errors.Add(new("applicantName", "请填写申请人姓名或名称（最长 100 字）。"));
        var identity = body.IdentityNo?.Trim().ToUpperInvariant();
        if (category is not null && RequestCodes.IsNaturalPerson(category) && !ChineseIdentifiers.IsValidResidentId(identity))
            errors.Add(new("identityNo", "自然人申请须提供 18 位居民身份证号码，且校验位正确（GB 11643）。"));
        if (category is not null && !RequestCodes.IsNaturalPerson(category) && !ChineseIdentifiers.IsValidUnifiedSocialCreditCode(identity))
            errors.Add(new("identityNo", "法人或其他组织申请须提供 18 位统一社会信用代码，且校验位正确（GB 32100）。"));
        if (body.Contact?.Length > 40) errors.Add(new("contact", "联系方式最长 40 字。"));
        if (string.IsNullOrWhiteSpace(body.Description) || body.Description.Length > 4000) errors.Add(new("description", "请写明所需政府信息的名称、文号或便于查询的特征描述（最长 4000 字）。"));
        if (errors.Count > 0) return Problems.Invalid(errors);

        var now = clock.Now;
        var request = await YearCounters.InTransactionAsync(db, async () =>
        {
            var received = HallTime.DateOf(now);
            var number = await YearCounters.NextAsync(db, "request", received.Year, cancellationToken);
            var request = new DisclosureRequest
            {
                RequestNo = $"YSQ{received.Year}{number:D5}",
                Channel = channel!,
                ApplicantCategory = category!,
                ApplicantName = body.ApplicantName!.Trim(),
                IdentityNo = identity,
                Contact = string.IsNullOrWhiteSpace(body.Contact) ? null : body.Contact.Trim(),
                Description = body.Description!.Trim(),
            };
            RequestClock.Receive(request, now, calendar.Current);
            request.Timeline.Add(new(now, "received", $"收到申请（{RequestCodes.Channels[channel!]}）", user.UserName()));
            db.Requests.Add(request);
            await db.SaveChangesAsync(cancellationToken);
            return request;
        }, cancellationToken);
        return TypedResults.Created($"/api/disclosure/requests/{request.RequestNo}", RequestView.Of(request));
    }

    static Task<Results<Ok<RequestView>, ProblemHttpResult>> AskClarification(string requestNo, ClarificationRequest body,
        ClaimsPrincipal user, DisclosureDbContext db, DisclosureCalendar calendar, HallClock clock, CancellationToken cancellationToken) =>
        Change(requestNo, db, cancellationToken, request =>
        {
            if (string.IsNullOrWhiteSpace(body.Reason)) return Invalid("reason", "请一次性写明需要补正的事项和合理的补正期限。");
            var today = HallTime.DateOf(clock.Now);
            if (request.Status != RequestStatus.Open || request.ClarificationRequestedDate is not null)
                return Problems.Conflict("clarification-not-possible", "只能对办理中的申请一次性告知补正。");
            if (!RequestClock.CanAskClarification(request, today, calendar.Current))
                return Problems.Conflict("clarification-too-late",
                    $"补正须在收到申请之日起 {RequestClock.ClarificationWindowDays} 个工作日内一次性告知（收到日期 {request.ReceivedDate:yyyy-MM-dd}）。");
            RequestClock.AskClarification(request, today, calendar.Current);
            request.Timeline.Add(new(clock.Now, "clarification-requested", body.Reason.Trim(), user.UserName()));
            return null;
        });

    static Task<Results<Ok<RequestView>, ProblemHttpResult>> ClarificationAnswered(string requestNo, ClaimsPrincipal user,
        DisclosureDbContext db, DisclosureCalendar calendar, HallClock clock, CancellationToken cancellationToken) =>
        Change(requestNo, db, cancellationToken, request =>
        {
            if (request.Status != RequestStatus.AwaitingClarification)
                return Problems.Conflict("not-awaiting-clarification", "这件申请没有在等待补正。");
            RequestClock.ClarificationAnswered(request, HallTime.DateOf(clock.Now), calendar.Current);
            request.Timeline.Add(new(clock.Now, "clarification-answered", "申请人已补正，答复期限重新计算", user.UserName()));
            return null;
        });

    static Task<Results<Ok<RequestView>, ProblemHttpResult>> Extend(string requestNo, ExtensionRequest body, ClaimsPrincipal user,
        DisclosureDbContext db, DisclosureCalendar calendar, HallClock clock, CancellationToken cancellationToken) =>
        Change(requestNo, db, cancellationToken, request =>
        {
            if (body.WorkingDays is not { } days || days < 1 || days > RequestClock.MaxExtensionDays)
                return Invalid("workingDays", $"延长期限为 1 到 {RequestClock.MaxExtensionDays} 个工作日。");
            if (string.IsNullOrWhiteSpace(body.Reason)) return Invalid("reason", "延长答复期限须写明理由（并告知申请人）。");
            if (request.Status != RequestStatus.Open) return Problems.Conflict("request-not-open", "只有计时中的申请可以延长答复期限。");
            if (request.ExtensionDays > 0) return Problems.Conflict("already-extended", "答复期限只能延长一次。");
            if (HallTime.DateOf(clock.Now) > request.DueDate)
                return Problems.Conflict("already-overdue", $"答复期限已于 {request.DueDate:yyyy-MM-dd} 届满，不能再延长。");
            RequestClock.Extend(request, days, body.Reason.Trim(), calendar.Current);
            request.Timeline.Add(new(clock.Now, "extended", $"延长 {days} 个工作日：{body.Reason.Trim()}", user.UserName()));
            return null;
        });

    static Task<Results<Ok<RequestView>, ProblemHttpResult>> StartConsultation(string requestNo, ConsultationRequest body, ClaimsPrincipal user,
        DisclosureDbContext db, DisclosureCalendar calendar, HallClock clock, CancellationToken cancellationToken) =>
        Change(requestNo, db, cancellationToken, request =>
        {
            if (string.IsNullOrWhiteSpace(body.ThirdParty) || body.ThirdParty.Length > 200) return Invalid("thirdParty", "请填写被征求意见的第三方（最长 200 字）。");
            if (request.Status != RequestStatus.Open) return Problems.Conflict("request-not-open", "只有计时中的申请可以征求第三方意见。");
            RequestClock.StartConsultation(request, body.ThirdParty.Trim(), HallTime.DateOf(clock.Now), calendar.Current);
            request.Timeline.Add(new(clock.Now, "consultation-started", $"征求第三方意见：{body.ThirdParty.Trim()}（所需时间不计入答复期限）", user.UserName()));
            return null;
        });

    static Task<Results<Ok<RequestView>, ProblemHttpResult>> EndConsultation(string requestNo, ClaimsPrincipal user,
        DisclosureDbContext db, DisclosureCalendar calendar, HallClock clock, CancellationToken cancellationToken) =>
        Change(requestNo, db, cancellationToken, request =>
        {
            if (request.Status != RequestStatus.Consulting) return Problems.Conflict("not-consulting", "这件申请没有在征求第三方意见。");
            RequestClock.EndConsultation(request, HallTime.DateOf(clock.Now), calendar.Current);
            request.Timeline.Add(new(clock.Now, "consultation-answered", "第三方意见征求结束，恢复计时", user.UserName()));
            return null;
        });

    static Task<Results<Ok<RequestView>, ProblemHttpResult>> Reply(string requestNo, ReplyRequest body, ClaimsPrincipal user,
        DisclosureDbContext db, HallClock clock, CancellationToken cancellationToken) =>
        Change(requestNo, db, cancellationToken, request =>
        {
            if (!RequestCodes.IsOutcome(body.Outcome))
                return Invalid("outcome", "办理结果应为年度报告表中的一项：3.1、3.2、3.3.1…3.3.8、3.4.1…3.4.3、3.5.1…3.5.5、3.6.1…3.6.3。");
            if (string.IsNullOrWhiteSpace(body.DocumentNo) || body.DocumentNo.Length > 100) return Invalid("documentNo", "请填写答复书编号（最长 100 字）。");
            if (request.Status == RequestStatus.Replied) return Problems.Conflict("already-replied", $"申请 {requestNo} 已答复。");
            if (request.Status == RequestStatus.Consulting) return Problems.Conflict("consulting", "正在征求第三方意见，请先登记第三方答复。");
            if (request.Status == RequestStatus.AwaitingClarification && body.Outcome is not ("3.6.1" or "3.4.3"))
                return Problems.Conflict("awaiting-clarification", "申请人尚未补正：只能以 3.6.1（逾期不补正）或 3.4.3（补正后仍不明确）办结。");
            var now = clock.Now;
            RequestClock.Reply(request, body.Outcome!, body.DocumentNo.Trim(), now);
            request.Timeline.Add(new(now, "replied", $"答复：{body.Outcome}", user.UserName()));
            db.AddEvent(new DisclosureRequestReplied(request.RequestNo, request.ApplicantCategory, request.Channel, request.ReceivedAt,
                now, request.Outcome!, request.DueDate, request.OnTime ?? true));
            DeadlineWarnings.Clear(db, "request", request.RequestNo, now);
            return null;
        });

    static async Task<Results<Ok<RequestView>, ProblemHttpResult>> Change(string requestNo, DisclosureDbContext db,
        CancellationToken cancellationToken, Func<DisclosureRequest, ProblemHttpResult?> apply)
    {
        var request = await db.Requests.SingleOrDefaultAsync(r => r.RequestNo == requestNo, cancellationToken);
        if (request is null) return NotFound(requestNo);
        if (apply(request) is { } problem) return problem;
        request.ConcurrencyStamp = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict("request-changed", $"申请 {requestNo} 刚被他人修改，请刷新后重试。");
        }
        return TypedResults.Ok(RequestView.Of(request));
    }

    static ProblemHttpResult Invalid(string field, string message) => Problems.Invalid([new(field, message)]);

    static ProblemHttpResult NotFound(string requestNo) => Problems.NotFound("request-not-found", $"没有编号为 {requestNo} 的政府信息公开申请。");
}
