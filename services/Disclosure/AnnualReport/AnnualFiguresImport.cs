using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Disclosure.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Disclosure.AnnualReport;

/// <summary>
/// The entered parts of several years' reports at once (an old system's tallies), all or nothing with every bad cell
/// named. A year's row replaces that year's figures; its narrative stays.
/// </summary>
public static class AnnualFiguresImport
{
    static readonly string[] Counts =
    [
        "licensing", "penalty", "enforcement",
        "reviewUpheld", "reviewCorrected", "reviewOther", "reviewPending",
        "directUpheld", "directCorrected", "directOther", "directPending",
        "afterReviewUpheld", "afterReviewCorrected", "afterReviewOther", "afterReviewPending",
    ];

    public static RouteGroupBuilder MapAnnualFiguresImportApi(this RouteGroupBuilder api)
    {
        api.MapPost("/annual-report/figures/import", Import)
            .RequireAuthorization(Roles.DisclosureOfficer)
            .WithTags("annual-report")
            .WithSummary("以 CSV 导入政府信息公开年度报表数据")
            .WithCsvRequestBody();
        return api;
    }

    static async Task<Results<Ok<AnnualFiguresImportResult>, ProblemHttpResult>> Import(HttpRequest request,
        ClaimsPrincipal user, DisclosureDbContext db, HallClock clock, CancellationToken cancellationToken)
    {
        if (Problems.UnlessCsv(request) is { } notCsv)
        {
            return notCsv;
        }
        var text = new StringReader(await UploadedText.ReadAsync(request, cancellationToken));
        var (table, errors) = CsvTable.Read(text, ["year", "feesWanYuan", .. Counts], []);
        var thisYear = HallTime.DateOf(clock.Now).Year;
        var rows = new List<(int Year, Dictionary<string, int> Counts, decimal Fees)>();
        var seen = new HashSet<int>();
        foreach (var cells in table)
        {
            var before = errors.Count;
            if (!int.TryParse(cells["year"], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                || year < 2008 || year > thisYear)
            {
                errors.Add(new RowError(cells.Line, "year", $"年度应在 2008 到 {thisYear} 之间。"));
            }
            else if (!seen.Add(year))
            {
                errors.Add(new RowError(cells.Line, "year", $"{year} 年在文件中出现了不止一次。"));
            }
            var counts = new Dictionary<string, int>();
            foreach (var column in Counts)
            {
                if (int.TryParse(cells[column], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                    && n <= 10_000_000)
                {
                    counts[column] = n;
                }
                else
                {
                    errors.Add(new RowError(cells.Line, column, "应为 0 到 10000000 的整数。"));
                }
            }
            if (!decimal.TryParse(cells["feesWanYuan"], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture,
                    out var fees)
                || fees > 100_000_000m || decimal.Round(fees, 6) != fees)
            {
                errors.Add(new RowError(cells.Line, "feesWanYuan", "收费金额以万元为单位，不小于 0，最多 6 位小数。"));
            }
            if (errors.Count == before)
            {
                rows.Add((year, counts, fees));
            }
        }
        if (errors.Count > 0)
        {
            return Problems.ImportRejected(errors);
        }

        var years = rows.Select(r => r.Year).ToList();
        var existing = await db.AnnualInputs
            .Where(i => years.Contains(i.Year))
            .ToDictionaryAsync(i => i.Year, cancellationToken);
        foreach (var (year, counts, fees) in rows)
        {
            if (!existing.TryGetValue(year, out var input))
            {
                input = new AnnualInput { Year = year };
                db.AnnualInputs.Add(input);
            }
            input.LicensingDecisions = counts["licensing"];
            input.PenaltyDecisions = counts["penalty"];
            input.EnforcementDecisions = counts["enforcement"];
            input.FeesWanYuan = fees;
            input.Review = Group(counts, "review");
            input.LitigationDirect = Group(counts, "direct");
            input.LitigationAfterReview = Group(counts, "afterReview");
            input.UpdatedAt = clock.Now;
            input.UpdatedBy = user.UserName();
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new AnnualFiguresImportResult(rows.Count));
    }

    static ReviewCounts Group(Dictionary<string, int> counts, string prefix) =>
        new(counts[prefix + "Upheld"],
            counts[prefix + "Corrected"],
            counts[prefix + "Other"],
            counts[prefix + "Pending"]);
}
