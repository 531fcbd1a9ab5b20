using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Disclosure.Calendar;
using Platform.Disclosure.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Persistence;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Disclosure.Requests;

/// <summary>
/// A request is received: checked, numbered (YSQ + year of registration + running number), its reply clock started on
/// the day it was received (<see cref="RequestReceipt"/>): a letter's or fax's receipt as the officer registers it, an
/// online request's arrival on the server.
/// </summary>
static class RequestRegistration
{
    public static async Task<Results<Created<RequestView>, ProblemHttpResult>> Register(RegisterRequest body,
        ClaimsPrincipal user, DisclosureDbContext db, DisclosureCalendar calendar, HallClock clock,
        RequestViews views, CancellationToken cancellationToken)
    {
        var now = clock.Now;
        var errors = new List<FieldError>();
        var channel = RequestCodes.ChannelCode(body.Channel);
        if (channel is null)
        {
            errors.Add(new("channel",
                "申请渠道应为 in-person（当面）、online（网上）、letter（信函）、fax（传真）、email（电子邮件）或 other（其他）。"));
        }
        var receivedAt = RequestReceipt.Read(channel, body.ReceivedAt, now, errors);
        var applicant = RequestApplicant.Read(body.ApplicantCategory, body.ApplicantName, body.IdentityNo,
            body.Contact, body.Description, body.DeliveryForm, deliveryRequired: false, errors);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        var request = await SaveAsync(db, calendar, channel!, applicant, receivedAt!.Value, now, user.UserName(),
            cancellationToken);
        return TypedResults.Created($"/api/disclosure/requests/{request.RequestNo}", views.Of(request));
    }

    /// <summary>Numbers and stores a checked request received at <paramref name="receivedAt"/>.</summary>
    public static Task<DisclosureRequest> SaveAsync(DisclosureDbContext db, DisclosureCalendar calendar,
        string channel, DisclosureRequest applicant, DateTimeOffset receivedAt, DateTimeOffset now, string? by,
        CancellationToken cancellationToken) =>
        RunningNumbers.InTransactionAsync(db, async () =>
        {
            var year = HallTime.DateOf(now).Year.ToString(CultureInfo.InvariantCulture);
            var number = await RunningNumbers.NextAsync(db, "request", year, cancellationToken);
            var request = applicant;
            request.RequestNo = $"YSQ{year}{number:D5}";
            request.Channel = channel;
            RequestClock.Receive(request, receivedAt, calendar.Current);
            var note = $"收到申请（{RequestCodes.Channels[channel]}）";
            if (HallTime.DateOf(receivedAt) != HallTime.DateOf(now))
            {
                // The clock runs from the receipt; when it was registered later, the record says so.
                note += $"，{HallTime.DateOf(now):yyyy-MM-dd} 登记";
            }
            request.Timeline.Add(new(receivedAt, "received", note, by));
            db.Requests.Add(request);
            await db.SaveChangesAsync(cancellationToken);
            return request;
        }, cancellationToken);
}
