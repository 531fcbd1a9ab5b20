using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Platform.Disclosure.Calendar;
using Platform.Disclosure.Data;
using Platform.Disclosure.Publications;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Disclosure.AnnualReport;

/// <summary>
/// The report becomes a proactive publication of its own category, submitted for 保密审查 like any other.
/// </summary>
static class AnnualReportPublishing
{
    public static async Task<Results<Created<PublicationView>, ProblemHttpResult>> Publish(int year,
        ClaimsPrincipal user, DisclosureDbContext db, DisclosureCalendar calendar, HallClock clock,
        IOptions<DisclosureOptions> options, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (AnnualReportApi.BadYear(year, clock) is { } bad)
        {
            return bad;
        }
        var report = await AnnualReportApi.BuildAsync(db, year, options.Value, loggers, cancellationToken);
        if (!report.Section3.Balanced)
        {
            return Problems.Of(StatusCodes.Status409Conflict, "report-unbalanced",
                "年度报告第三部分勾稽关系不平衡，不能发布；请联系系统管理员核查。");
        }
        var now = clock.Now;
        var draft = new PublicationDraft($"{report.Organ}{year}年政府信息公开工作年度报告",
            PublicationCodes.AnnualReportCategory, null, report.Organ, AnnualReportHtml.Render(report), [], null, null,
            null);
        var publication = await Drafts.CreateAsync(db, draft, null, null, user.UserName(), now, calendar.Current,
            options.Value.OrganCode, cancellationToken, submitted: "年度报告生成后提交保密审查");
        var view = PublicationView.Of(publication, PublicationDeadlines.OverdueWhenDueBefore(calendar.Current, clock));
        return TypedResults.Created($"/api/disclosure/publications/{publication.Id}", view);
    }
}
