using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Platform.Disclosure.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Disclosure.AnnualReport;

/// <summary>
/// 政府信息公开工作年度报告: the figures as JSON, the printable page, the entered parts
/// (<see cref="AnnualReportInputs"/>), and publication (<see cref="AnnualReportPublishing"/>).
/// </summary>
public static class AnnualReportApi
{
    public static RouteGroupBuilder MapAnnualReportApi(this RouteGroupBuilder api)
    {
        var report = api.MapGroup("/annual-report/{year:int}")
            .WithTags("annual-report")
            .RequireAuthorization(Roles.DisclosureOfficer);
        report.MapGet("/", Get)
            .WithSummary("查看政府信息公开工作年度报告");
        report.MapGet("/html", Html)
            .WithSummary("以 HTML 查看可打印的年度报告");
        report.MapPut("/figures", AnnualReportInputs.PutFigures)
            .WithSummary("填写年度报告的统计数据");
        report.MapPut("/narrative", AnnualReportInputs.PutNarrative)
            .WithSummary("填写年度报告的文字部分");
        report.MapPost("/publish", AnnualReportPublishing.Publish)
            .WithSummary("发布年度报告");
        return api;
    }

    static async Task<Results<Ok<AnnualReportView>, ProblemHttpResult>> Get(int year, DisclosureDbContext db,
        HallClock clock, IOptions<DisclosureOptions> options, ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        if (BadYear(year, clock) is { } bad)
        {
            return bad;
        }
        return TypedResults.Ok(await BuildAsync(db, year, options.Value, loggers, cancellationToken));
    }

    static async Task<Results<ContentHttpResult, ProblemHttpResult>> Html(int year, DisclosureDbContext db,
        HallClock clock, IOptions<DisclosureOptions> options, ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        if (BadYear(year, clock) is { } bad)
        {
            return bad;
        }
        var report = await BuildAsync(db, year, options.Value, loggers, cancellationToken);
        return TypedResults.Text(AnnualReportHtml.Render(report), "text/html; charset=utf-8");
    }

    internal static async Task<AnnualReportView> BuildAsync(DisclosureDbContext db, int year,
        DisclosureOptions options, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var report = await AnnualReports.BuildAsync(db, year, options.OrganName, cancellationToken);
        if (!report.Section3.Balanced)
        {
            // Holds by construction (a reply is never before its receipt): an unbalanced table is a bug in the data
            // or code.
            var rows = report.Section3.Rows
                .Where(r => r.Key is "1" or "2" or "3.7" or "4")
                .Select(r => $"{r.Key}=[{string.Join(',', r.Value)}]");
            loggers.CreateLogger(typeof(AnnualReportApi))
                .LogError("Annual report {Year}: section 3 does not balance: {Rows}", year, string.Join("; ", rows));
        }
        return report;
    }

    internal static ProblemHttpResult? BadYear(int year, HallClock clock) =>
        year < 2008 || year > HallTime.DateOf(clock.Now).Year
            ? Problems.Invalid([new("year", $"年度应在 2008（《政府信息公开条例》施行）到今年之间，收到的是 {year}。")])
            : null;
}
