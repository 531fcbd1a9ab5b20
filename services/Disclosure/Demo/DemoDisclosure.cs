using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Disclosure.AnnualReport;
using Platform.Disclosure.Calendar;
using Platform.Disclosure.Data;
using Platform.Disclosure.Publications;
using Platform.Disclosure.Requests;

namespace Platform.Disclosure.Demo;

/// <summary>
/// On the first start of a demo configuration (Disclosure:DemoData:Enabled, set by the standalone host): three years of
/// disclosure requests through the same import path as an officer's CSV, the 2025 figures and narrative, and a few
/// published documents, so the annual report has something true to show.
/// </summary>
sealed class DemoDisclosure(
    IServiceScopeFactory scopes,
    IConfiguration configuration,
    DisclosureCalendar calendar,
    IOptions<DisclosureOptions> options,
    ILogger<DemoDisclosure> logger) : IHostedService
{
    static readonly (string Title, string Kind, int Number, string Issued, string? Abolished)[] Documents =
    [
        ("示范市政务服务事项告知承诺制实施办法", "normative", 3, "2023-05-10", null),
        ("示范市政务服务“好差评”管理办法", "normative", 7, "2024-03-18", null),
        ("示范市政务服务中心窗口管理规定（试行）", "normative", 2, "2022-02-14", "2025-06-30"),
        ("示范市工程建设项目审批制度改革实施细则", "normative", 11, "2025-04-22", null),
        ("示范市政务服务管理办法", "rule", 1, "2021-09-01", null),
    ];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue<bool>("Disclosure:DemoData:Enabled"))
        {
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DisclosureDbContext>();
        if (await db.Requests.AnyAsync(cancellationToken))
        {
            return;
        }

        var resource = typeof(DemoDisclosure).Assembly
            .GetManifestResourceStream("Platform.Disclosure.Demo.demo-requests.csv");
        using var csv = new StreamReader(resource!);
        var (rows, errors) = RequestImport.Parse(csv, calendar.Current);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The demo requests do not pass the import rules: "
                + string.Join("; ", errors.Take(5).Select(e => $"line {e.Row} {e.Column}: {e.Message}")));
        }
        // All of it or none: a start that dies half-way loads it again on the next start.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await RequestImport.ApplyAsync(db, rows, cancellationToken);

        db.AnnualInputs.Add(new AnnualInput
        {
            Year = 2025,
            LicensingDecisions = 1286,
            PenaltyDecisions = 37,
            EnforcementDecisions = 4,
            FeesWanYuan = 8.97723m,
            Review = new ReviewCounts(1, 0, 0, 1),
            LitigationDirect = new ReviewCounts(0, 0, 0, 1),
            LitigationAfterReview = ReviewCounts.None,
            Overview = "本局坚持以公开为常态、不公开为例外，围绕政务服务“一网通办”“高效办成一件事”主动公开办事指南、政策文件和办理结果。\n"
                + "依申请公开工作严格执行 20 个工作日答复期限，补正、延期和征求第三方意见均书面告知申请人。",
            Problems = "个别答复说理不够充分，政策解读形式较为单一。下一步将规范答复文书格式，增加图解和视频解读。",
            OtherMatters = "本年度未收取信息处理费。",
            UpdatedAt = DateTimeOffset.UtcNow,
            UpdatedBy = "demo",
        });
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (title, kind, number, issued, abolished) in Documents)
        {
            var created = DateOnly.Parse(issued, CultureInfo.InvariantCulture);
            // Index numbers from the same running numbers as officers' drafts, so later ones never collide with these.
            var publication = new Publication
            {
                Id = Guid.NewGuid(),
                IndexNo = await PublicationNumbers.NextAsync(db, options.Value.OrganCode, created, cancellationToken),
                Title = title,
                Category = kind == "rule" ? "规章" : "规范性文件",
                DocumentNo = $"示政服发〔{created.Year}〕{number}号",
                IssuingBody = options.Value.OrganName,
                Body = title + "（全文略）",
                DocumentKind = kind,
                IssuedDate = created,
                AbolishedDate = abolished is null ? null : DateOnly.Parse(abolished, CultureInfo.InvariantCulture),
                CreatedDate = created,
                Author = "disclosure01",
                Reviewer = "disclosure02",
                Status = PublicationStatus.Published,
                PublishedAt = new DateTimeOffset(created.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)),
                PublishedDate = created,
            };
            PublicationDeadlines.Redate(publication, calendar.Current);
            db.Publications.Add(publication);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Loaded the demo disclosure data: {Requests} requests, {Documents} documents",
            result.Imported, Documents.Length);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
