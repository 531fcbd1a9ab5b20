using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts.Disclosure;
using Platform.Disclosure.Data;
using Platform.Disclosure.Validation;
using Platform.Disclosure.Warnings;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Disclosure.Requests;

/// <summary>答复: the request is closed with an outcome row of the annual report, and its warnings are cleared.</summary>
static class RequestReply
{
    public static Task<Results<Ok<RequestView>, ProblemHttpResult>> Reply(string requestNo, ReplyRequest body,
        ClaimsPrincipal user, DisclosureDbContext db, RequestViews views, HallClock clock,
        CancellationToken cancellationToken) =>
        RequestChanges.ApplyAsync(requestNo, db, views, cancellationToken, request =>
        {
            if (!RequestCodes.IsOutcome(body.Outcome))
            {
                return RequestChanges.Invalid("outcome",
                    "办理结果应为年度报告表中的一项：3.1、3.2、3.3.1…3.3.8、3.4.1…3.4.3、3.5.1…3.5.5、3.6.1…3.6.3。");
            }
            var errors = new List<FieldError>();
            TextRules.Line(errors, "documentNo", "答复书编号", body.DocumentNo, TextRules.DocumentNo, required: true);
            if (errors.Count > 0)
            {
                return Problems.Invalid(errors);
            }
            if (request.Status == RequestStatus.Replied)
            {
                return Problems.Conflict("already-replied", $"申请 {requestNo} 已答复。");
            }
            if (request.Status == RequestStatus.Consulting)
            {
                return Problems.Conflict("consulting", "正在征求第三方意见，请先登记第三方答复。");
            }
            if (request.Status == RequestStatus.AwaitingClarification && body.Outcome is not ("3.6.1" or "3.4.3"))
            {
                return Problems.Conflict("awaiting-clarification",
                    "申请人尚未补正：只能以 3.6.1（逾期不补正）或 3.4.3（补正后仍不明确）办结。");
            }
            var now = clock.Now;
            RequestClock.Reply(request, body.Outcome!, body.DocumentNo!.Trim(), now);
            request.Timeline.Add(new(now, "replied", $"答复：{body.Outcome}", user.UserName()));
            db.AddEvent(new DisclosureRequestReplied(request.RequestNo, request.ApplicantCategory, request.Channel,
                request.ReceivedAt, now, request.Outcome!, request.DueDate, request.OnTime ?? true,
                request.DueDateProvisional));
            DeadlineWarnings.Clear(db, "request", request.RequestNo, now);
            return null;
        });
}
