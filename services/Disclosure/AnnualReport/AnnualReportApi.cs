using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Disclosure.Data;
using Platform.Disclosure.Publications;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Disclosure.AnnualReport;

public sealed record AnnualFigures(int? Licensing, int? Penalty, int? Enforcement, decimal? FeesWanYuan, ReviewCounts? Review,
    ReviewCounts? LitigationDirect, ReviewCounts? LitigationAfterReview);

/// <summary>政府信息公开工作年度报告: the figures as JSON, the printable page, the entered parts, and publication.</summary>
public static class AnnualReportApi
{
    const int MaxCount = 10_000_000;

    public static RouteGroupBuilder MapAnnualReportApi(this RouteGroupBuilder api)
    {
        var report = api.MapGroup("/annual-report/{year:int}").WithTags("annual-report").RequireAuthorization(Roles.DisclosureOfficer);
        report.MapGet("/", Get);
        report.MapGet("/html", Html);
        report.MapPut("/figures", PutFigures);
        report.MapPut("/narrative", PutNarrative);
        report.MapPost("/publish", Publish);
        return api;
    }

    static async Task<Results<Ok<AnnualReportView>, ProblemHttpResult>> Get(int year, DisclosureDbContext db, HallClock clock,
        IOptions<DisclosureOptions> options, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (BadYear(year, clock) is { } bad) return bad;
        return TypedResults.Ok(await BuildAsync(db, year, options.Value, loggers, cancellationToken));
    }

    static async Task<Results<ContentHttpResult, ProblemHttpResult>> Html(int year, DisclosureDbContext db, HallClock clock,
        IOptions<DisclosureOptions> options, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (BadYear(year, clock) is { } bad) return bad;
        var report = await BuildAsync(db, year, options.Value, loggers, cancellationToken);
        return TypedResults.Text(AnnualReportHtml.Render(report), "text/html; charset=utf-8");
    }

    static async Task<Results<Ok<AnnualFigures>, ProblemHttpResult>> PutFigures(int year, AnnualFigures figures, ClaimsPrincipal user,
        DisclosureDbContext db, HallClock clock, CancellationToken cancellationToken)
    {
        if (BadYear(year, clock) is { } bad) return bad;
        var errors = new List<FieldError>();
        foreach (var (name, value) in new[] { ("licensing", figures.Licensing), ("penalty", figures.Penalty), ("enforcement", figures.Enforcement) })
        {
            if (value is null or < 0 or > MaxCount) errors.Add(new(name, $"应为 0 到 {MaxCount} 的整数。"));
        }
        if (figures.FeesWanYuan is not { } fees || fees < 0 || fees > 100_000_000m || decimal.Round(fees, 6) != fees)
            errors.Add(new("feesWanYuan", "收费金额以万元为单位，不小于 0，最多 6 位小数。"));
        foreach (var (name, counts) in new[] { ("review", figures.Review), ("litigationDirect", figures.LitigationDirect), ("litigationAfterReview", figures.LitigationAfterReview) })
        {
            if (counts is null || !counts.IsValid()) errors.Add(new(name, "请给出 upheld、corrected、other、pending 四个非负整数（总计由系统相加）。"));
        }
        if (errors.Count > 0) return Problems.Invalid(errors);

        var input = await Input(db, year, cancellationToken);
        input.LicensingDecisions = figures.Licensing!.Value;
        input.PenaltyDecisions = figures.Penalty!.Value;
        input.EnforcementDecisions = figures.Enforcement!.Value;
        input.FeesWanYuan = figures.FeesWanYuan!.Value;
        input.Review = figures.Review!;
        input.LitigationDirect = figures.LitigationDirect!;
        input.LitigationAfterReview = figures.LitigationAfterReview!;
        Touch(input, user, clock);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(figures);
    }

    static async Task<Results<Ok<Narrative>, ProblemHttpResult>> PutNarrative(int year, Narrative narrative, ClaimsPrincipal user,
        DisclosureDbContext db, HallClock clock, CancellationToken cancellationToken)
    {
        if (BadYear(year, clock) is { } bad) return bad;
        var errors = new[] { ("overview", narrative.Overview), ("problems", narrative.Problems), ("otherMatters", narrative.OtherMatters) }
            .Where(n => n.Item2?.Length > 20_000).Select(n => new FieldError(n.Item1, "每一部分最长 20000 字。")).ToList();
        if (errors.Count > 0) return Problems.Invalid(errors);
        var input = await Input(db, year, cancellationToken);
        input.Overview = narrative.Overview?.Trim();
        input.Problems = narrative.Problems?.Trim();
        input.OtherMatters = narrative.OtherMatters?.Trim();
        Touch(input, user, clock);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(narrative);
    }

    /// <summary>The report becomes a proactive publication of its own category, submitted for 保密审查 like any other.</summary>
    static async Task<Results<Created<PublicationView>, ProblemHttpResult>> Publish(int year, ClaimsPrincipal user, DisclosureDbContext db,
        DisclosureCalendar calendar, HallClock clock, IOptions<DisclosureOptions> options, ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        if (BadYear(year, clock) is { } bad) return bad;
        var report = await BuildAsync(db, year, options.Value, loggers, cancellationToken);
        if (!report.Section3.Balanced)
            return Problems.Of(StatusCodes.Status409Conflict, "report-unbalanced", "年度报告第三部分勾稽关系不平衡，不能发布；请联系系统管理员核查。");
        var now = clock.Now;
        var draft = new PublicationDraft($"{report.Organ}{year}年政府信息公开工作年度报告", PublicationCodes.AnnualReportCategory, null,
            report.Organ, AnnualReportHtml.Render(report), [], null, null, null);
        var publication = await Drafts.CreateAsync(db, draft, null, null, user.UserName(), now, calendar.Current,
            options.Value.OrganCode, cancellationToken, submitted: "年度报告生成后提交保密审查");
        return TypedResults.Created($"/api/disclosure/publications/{publication.Id}", PublicationView.Of(publication, HallTime.DateOf(now)));
    }

    static async Task<AnnualReportView> BuildAsync(DisclosureDbContext db, int year, DisclosureOptions options, ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var report = await AnnualReports.BuildAsync(db, year, options.OrganName, cancellationToken);
        if (!report.Section3.Balanced)
        {
            // Holds by construction (a reply is never before its receipt): an unbalanced table is a bug in the data or code.
            loggers.CreateLogger(typeof(AnnualReportApi)).LogError("Annual report {Year}: section 3 does not balance: {Rows}", year,
                string.Join("; ", report.Section3.Rows.Where(r => r.Key is "1" or "2" or "3.7" or "4").Select(r => $"{r.Key}=[{string.Join(',', r.Value)}]")));
        }
        return report;
    }

    static async Task<AnnualInput> Input(DisclosureDbContext db, int year, CancellationToken cancellationToken)
    {
        var input = await db.AnnualInputs.SingleOrDefaultAsync(i => i.Year == year, cancellationToken);
        if (input is null)
        {
            input = new AnnualInput { Year = year };
            db.AnnualInputs.Add(input);
        }
        return input;
    }

    static void Touch(AnnualInput input, ClaimsPrincipal user, HallClock clock)
    {
        input.UpdatedAt = clock.Now;
        input.UpdatedBy = user.UserName();
    }

    static ProblemHttpResult? BadYear(int year, HallClock clock) =>
        year < 2008 || year > HallTime.DateOf(clock.Now).Year
            ? Problems.Invalid([new("year", $"年度应在 2008（《政府信息公开条例》施行）到今年之间，收到的是 {year}。")])
            : null;
}
