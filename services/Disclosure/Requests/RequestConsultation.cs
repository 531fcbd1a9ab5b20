using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Disclosure.Calendar;
using Platform.Disclosure.Data;
using Platform.Disclosure.Validation;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Disclosure.Requests;

/// <summary>征求第三方意见: the clock stops while a third party is consulted and runs again on its answer.</summary>
static class RequestConsultation
{
    public static Task<Results<Ok<RequestView>, ProblemHttpResult>> Start(string requestNo, ConsultationRequest body,
        ClaimsPrincipal user, DisclosureDbContext db, RequestViews views, DisclosureCalendar calendar,
        HallClock clock, CancellationToken cancellationToken) =>
        RequestChanges.ApplyAsync(requestNo, db, views, cancellationToken, request =>
        {
            var errors = new List<FieldError>();
            TextRules.Line(errors, "thirdParty", "被征求意见的第三方", body.ThirdParty, TextRules.ThirdParty,
                required: true);
            if (errors.Count > 0)
            {
                return Problems.Invalid(errors);
            }
            if (request.Status != RequestStatus.Open)
            {
                return Problems.Conflict("request-not-open", "只有计时中的申请可以征求第三方意见。");
            }
            var thirdParty = body.ThirdParty!.Trim();
            RequestClock.StartConsultation(request, thirdParty, HallTime.DateOf(clock.Now), calendar.Current);
            request.Timeline.Add(new(clock.Now, "consultation-started",
                $"征求第三方意见：{thirdParty}（所需时间不计入答复期限）", user.UserName()));
            return null;
        });

    public static Task<Results<Ok<RequestView>, ProblemHttpResult>> End(string requestNo, ClaimsPrincipal user,
        DisclosureDbContext db, RequestViews views, DisclosureCalendar calendar, HallClock clock,
        CancellationToken cancellationToken) =>
        RequestChanges.ApplyAsync(requestNo, db, views, cancellationToken, request =>
        {
            if (request.Status != RequestStatus.Consulting)
            {
                return Problems.Conflict("not-consulting", "这件申请没有在征求第三方意见。");
            }
            RequestClock.EndConsultation(request, HallTime.DateOf(clock.Now), calendar.Current);
            request.Timeline.Add(new(clock.Now, "consultation-answered", "第三方意见征求结束，恢复计时", user.UserName()));
            return null;
        });
}
