using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
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
        // One copy of a year's report at a time: while one is in review, approved or published, publishing again
        // would put a second, diverging copy before the public. A copy sent back (draft) or withdrawn does not count.
        var title = $"{options.Value.OrganName}{year}年政府信息公开工作年度报告";
        var existing = await db.Publications.AsNoTracking()
            .Where(p => p.Category == PublicationCodes.AnnualReportCategory && p.Title == title
                && (p.Status == PublicationStatus.InReview || p.Status == PublicationStatus.Approved
                    || p.Status == PublicationStatus.Published))
            .Select(p => new { p.IndexNo, p.Status })
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return Problems.Conflict("annual-report-exists",
                $"{year} 年度报告已有一份{(existing.Status == PublicationStatus.Published ? "已公开" : "正在审查或待公开")}"
                + $"（索引号 {existing.IndexNo}），不能重复发布；如需更正，请先撤回已公开的一份或由审查人退回后再发布。");
        }
        var report = await AnnualReportApi.BuildAsync(db, year, options.Value, loggers, cancellationToken);
        if (!report.Section3.Balanced)
        {
            return Problems.Of(StatusCodes.Status409Conflict, "report-unbalanced",
                "年度报告第三部分勾稽关系不平衡，不能发布；请联系系统管理员核查。");
        }
        var now = clock.Now;
        var draft = new PublicationDraft(title,
            PublicationCodes.AnnualReportCategory, null, report.Organ, AnnualReportHtml.Render(report), [], null, null,
            null);
        var publication = await Drafts.CreateAsync(db, draft, null, null, user.UserName(), now, calendar.Current,
            options.Value.OrganCode, cancellationToken, submitted: "年度报告生成后提交保密审查");
        var view = PublicationView.Of(publication, PublicationDeadlines.OverdueWhenDueBefore(calendar.Current, clock));
        return TypedResults.Created($"/api/disclosure/publications/{publication.Id}", view);
    }
}
