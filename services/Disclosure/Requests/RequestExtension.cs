using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Disclosure.Calendar;
using Platform.Disclosure.Data;
using Platform.Disclosure.Validation;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Disclosure.Requests;

/// <summary>延长答复期限: once, with a reason, before the due date has passed.</summary>
static class RequestExtension
{
    public static Task<Results<Ok<RequestView>, ProblemHttpResult>> Extend(string requestNo, ExtensionRequest body,
        ClaimsPrincipal user, DisclosureDbContext db, RequestViews views, DisclosureCalendar calendar,
        HallClock clock, CancellationToken cancellationToken) =>
        RequestChanges.ApplyAsync(requestNo, db, views, cancellationToken, request =>
        {
            if (body.WorkingDays is not { } days || days < 1 || days > RequestClock.MaxExtensionDays)
            {
                return RequestChanges.Invalid("workingDays", $"延长期限为 1 到 {RequestClock.MaxExtensionDays} 个工作日。");
            }
            if (string.IsNullOrWhiteSpace(body.Reason) || body.Reason.Length > TextRules.Reason)
            {
                return RequestChanges.Invalid("reason",
                    $"延长答复期限须写明理由（并告知申请人），最长 {TextRules.Reason} 字。");
            }
            if (request.Status != RequestStatus.Open)
            {
                return Problems.Conflict("request-not-open", "只有计时中的申请可以延长答复期限。");
            }
            if (request.ExtensionDays > 0)
            {
                return Problems.Conflict("already-extended", "答复期限只能延长一次。");
            }
            if (HallTime.DateOf(clock.Now) > request.DueDate)
            {
                return Problems.Conflict("already-overdue", $"答复期限已于 {request.DueDate:yyyy-MM-dd} 届满，不能再延长。");
            }
            RequestClock.Extend(request, days, body.Reason.Trim(), calendar.Current);
            request.Timeline.Add(new(clock.Now, "extended", $"延长 {days} 个工作日：{body.Reason.Trim()}", user.UserName()));
            return null;
        });
}
