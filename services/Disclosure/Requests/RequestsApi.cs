using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Disclosure.Calendar;
using Platform.Disclosure.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Disclosure.Requests;

/// <summary>
/// 依申请公开: register, clarification (补正), extension, third-party consultation, reply — on the clock of DESIGN §6.
/// Each step has its handler class; this maps them and answers the lists and lookups.
/// </summary>
public static class RequestsApi
{
    public static RouteGroupBuilder MapRequestsApi(this RouteGroupBuilder api)
    {
        var requests = api.MapGroup("/requests").WithTags("requests").RequireAuthorization(Roles.DisclosureOfficer);
        requests.MapGet("/", List)
            .WithSummary("列出依申请公开的申请");
        requests.MapPost("/", RequestRegistration.Register)
            .WithSummary("登记依申请公开的申请");
        requests.MapGet("/{requestNo}", Get)
            .WithSummary("查看依申请公开申请详情");
        requests.MapPost("/{requestNo}/clarification", RequestClarification.Ask)
            .WithSummary("向申请人发出补正通知");
        requests.MapPost("/{requestNo}/clarification/answered", RequestClarification.Answered)
            .WithSummary("登记申请人已答复补正");
        requests.MapPost("/{requestNo}/extension", RequestExtension.Extend)
            .WithSummary("延长答复期限");
        requests.MapPost("/{requestNo}/consultation", RequestConsultation.Start)
            .WithSummary("开始征求第三方意见");
        requests.MapPost("/{requestNo}/consultation/answered", RequestConsultation.End)
            .WithSummary("登记第三方意见征询结束");
        requests.MapPost("/{requestNo}/reply", RequestReply.Reply)
            .WithSummary("答复依申请公开的申请");
        return api;
    }

    static async Task<Results<Ok<PageOf<RequestView>>, ProblemHttpResult>> List(DisclosureDbContext db,
        RequestViews views, DisclosureCalendar calendar, HallClock clock, string? status, bool? overdue, int? page,
        int? pageSize, CancellationToken cancellationToken)
    {
        if (Paging.TryRead(page, pageSize, out var pageNumber, out var size) is { } badPage)
        {
            return badPage;
        }
        var query = db.Requests.AsNoTracking();
        if (status is not null)
        {
            var wanted = Enum.GetValues<RequestStatus>().Where(s => RequestView.StatusName(s) == status).ToList();
            if (wanted.Count == 0)
            {
                return Problems.Invalid([new("status", "状态应为 open、awaiting-clarification、consulting 或 replied。")]);
            }
            query = query.Where(r => r.Status == wanted[0]);
        }
        if (overdue == true)
        {
            // Overdue once a working day after the due date has begun, the rule that turns a request red.
            var overdueBefore = Deadlines.LateWhenDueBefore(calendar.Current, HallTime.DateOf(clock.Now));
            query = query.Where(r => r.Status == RequestStatus.Open && r.DueDate < overdueBefore);
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .OrderByDescending(r => r.ReceivedDate)
            .ThenByDescending(r => r.RequestNo)
            .Skip((pageNumber - 1) * size)
            .Take(size)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PageOf<RequestView>(items.Select(views.Of).ToList(), pageNumber, size, total));
    }

    static async Task<Results<Ok<RequestView>, ProblemHttpResult>> Get(string requestNo, DisclosureDbContext db,
        RequestViews views, CancellationToken cancellationToken)
    {
        var request = await db.Requests.AsNoTracking()
            .SingleOrDefaultAsync(r => r.RequestNo == requestNo, cancellationToken);
        return request is null ? RequestChanges.NotFound(requestNo) : TypedResults.Ok(views.Of(request));
    }
}
