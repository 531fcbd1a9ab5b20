using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Disclosure.Calendar;
using Platform.Disclosure.Data;
using Platform.ServiceDefaults.Http;
using Platform.WorkingDays;

namespace Platform.Disclosure.Requests;

/// <summary>
/// The public's online request form (anonymous, also through the gateway): received at the server's time, answered
/// with the request number and reply date only (nothing of other requests can be read here).
/// </summary>
public static class PublicRequestsApi
{
    public static RouteGroupBuilder MapPublicRequestsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/public/requests", Submit).WithTags("public").AllowAnonymous()
            .WithSummary("公众在线提交政府信息公开申请");
        return api;
    }

    static async Task<Results<Created<OnlineRequestReceipt>, ProblemHttpResult>> Submit(OnlineRequest body,
        DisclosureDbContext db, DisclosureCalendar calendar, HallClock clock, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var applicant = RequestApplicant.Read(body.ApplicantCategory, body.ApplicantName, body.IdentityNo,
            body.Contact, body.Description, body.DeliveryForm, deliveryRequired: true, errors);
        if (string.IsNullOrWhiteSpace(body.Contact))
        {
            errors.Add(new("contact", "请填写联系电话或电子邮箱，以便送达答复和补正通知。"));
        }
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        var now = clock.Now;
        var request = await RequestRegistration.SaveAsync(db, calendar, "online", applicant, now, now, null,
            cancellationToken);
        return TypedResults.Created((string?)null, new OnlineRequestReceipt(request.RequestNo, request.ReceivedAt,
            request.ReceivedDate, request.DueDate, request.DueDateProvisional, RequestClock.ReplyWorkingDays));
    }
}
