using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Disclosure.Calendar;
using Platform.Disclosure.Data;
using Platform.Disclosure.Validation;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Disclosure.Requests;

/// <summary>补正: asked once, early, with everything to correct; the applicant's answer restarts the clock.</summary>
static class RequestClarification
{
    public static Task<Results<Ok<RequestView>, ProblemHttpResult>> Ask(string requestNo, ClarificationRequest body,
        ClaimsPrincipal user, DisclosureDbContext db, RequestViews views, DisclosureCalendar calendar,
        HallClock clock, CancellationToken cancellationToken) =>
        RequestChanges.ApplyAsync(requestNo, db, views, cancellationToken, request =>
        {
            if (string.IsNullOrWhiteSpace(body.Reason) || body.Reason.Length > TextRules.Reason)
            {
                return RequestChanges.Invalid("reason",
                    $"请一次性写明需要补正的事项和合理的补正期限（最长 {TextRules.Reason} 字）。");
            }
            var today = HallTime.DateOf(clock.Now);
            if (request.Status != RequestStatus.Open || request.ClarificationRequestedDate is not null)
            {
                return Problems.Conflict("clarification-not-possible", "只能对办理中的申请一次性告知补正。");
            }
            if (!RequestClock.CanAskClarification(request, today, calendar.Current))
            {
                return Problems.Conflict("clarification-too-late",
                    $"补正须在收到申请之日起 {RequestClock.ClarificationWindowDays} 个工作日内一次性告知"
                    + $"（收到日期 {request.ReceivedDate:yyyy-MM-dd}）。");
            }
            RequestClock.AskClarification(request, today, calendar.Current);
            request.Timeline.Add(new(clock.Now, "clarification-requested", body.Reason.Trim(), user.UserName()));
            return null;
        });

    public static Task<Results<Ok<RequestView>, ProblemHttpResult>> Answered(string requestNo, ClaimsPrincipal user,
        DisclosureDbContext db, RequestViews views, DisclosureCalendar calendar, HallClock clock,
        CancellationToken cancellationToken) =>
        RequestChanges.ApplyAsync(requestNo, db, views, cancellationToken, request =>
        {
            if (request.Status != RequestStatus.AwaitingClarification)
            {
                return Problems.Conflict("not-awaiting-clarification", "这件申请没有在等待补正。");
            }
            RequestClock.ClarificationAnswered(request, HallTime.DateOf(clock.Now), calendar.Current);
            request.Timeline.Add(new(clock.Now, "clarification-answered", "申请人已补正，答复期限重新计算", user.UserName()));
            return null;
        });
}
