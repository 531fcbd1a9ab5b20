using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Disclosure.Calendar;
using Platform.Disclosure.Data;
using Platform.Disclosure.Validation;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Identity;
using Platform.ServiceDefaults.Persistence;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Disclosure.Requests;

/// <summary>A request is received: checked, numbered (YSQ + year + running number), its reply clock started.</summary>
static class RequestRegistration
{
    public static async Task<Results<Created<RequestView>, ProblemHttpResult>> Register(RegisterRequest body,
        ClaimsPrincipal user, DisclosureDbContext db, DisclosureCalendar calendar, HallClock clock,
        CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var channel = RequestCodes.ChannelCode(body.Channel);
        if (channel is null)
        {
            errors.Add(new("channel",
                "申请渠道应为 in-person（当面）、online（网上）、letter（信函）、fax（传真）、email（电子邮件）或 other（其他）。"));
        }
        var category = RequestCodes.CategoryCode(body.ApplicantCategory);
        if (category is null)
        {
            errors.Add(new("applicantCategory",
                "申请人类别应为 natural、commercial、research、public-interest、legal-service 或 other。"));
        }
        TextRules.Line(errors, "applicantName", "申请人姓名或名称", body.ApplicantName, TextRules.Name, required: true);
        var identity = body.IdentityNo?.Trim().ToUpperInvariant();
        if (category is not null && RequestCodes.IsNaturalPerson(category)
            && !ChineseIdentifiers.IsValidResidentId(identity))
        {
            errors.Add(new("identityNo", "自然人申请须提供 18 位居民身份证号码，且校验位正确（GB 11643）。"));
        }
        if (category is not null && !RequestCodes.IsNaturalPerson(category)
            && !ChineseIdentifiers.IsValidUnifiedSocialCreditCode(identity))
        {
            errors.Add(new("identityNo", "法人或其他组织申请须提供 18 位统一社会信用代码，且校验位正确（GB 32100）。"));
        }
        TextRules.Line(errors, "contact", "联系方式", body.Contact, TextRules.Contact, required: false);
        if (string.IsNullOrWhiteSpace(body.Description) || body.Description.Length > TextRules.Description)
        {
            errors.Add(new("description",
                $"请写明所需政府信息的名称、文号或便于查询的特征描述（最长 {TextRules.Description} 字）。"));
        }
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var now = clock.Now;
        var request = await RunningNumbers.InTransactionAsync(db, async () =>
        {
            var received = HallTime.DateOf(now);
            var year = received.Year.ToString(CultureInfo.InvariantCulture);
            var number = await RunningNumbers.NextAsync(db, "request", year, cancellationToken);
            var request = new DisclosureRequest
            {
                RequestNo = $"YSQ{year}{number:D5}",
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
}
