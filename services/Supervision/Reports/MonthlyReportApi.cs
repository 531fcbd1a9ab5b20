using System.Globalization;
using CsvHelper;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;
using Platform.Supervision.Approval;
using Platform.Supervision.Data;
using Platform.Supervision.Metrics;
using Platform.Supervision.Ratings;
using Platform.Supervision.Trading;

namespace Platform.Supervision.Reports;

/// <summary>
/// The monthly report (月度效能报告): the month's figures, the department ranking, the warnings raised, the
/// ratings by department, the parallel-approval and the trading (公共资源交易) figures and the service points'
/// ranking (服务网点), as .xlsx (one sheet each) or CSV (one section each).
/// </summary>
public static class MonthlyReportApi
{
    public static RouteGroupBuilder MapMonthlyReportApi(this RouteGroupBuilder api)
    {
        api.MapGet("/reports/monthly/{month}", Get).RequireAuthorization(Roles.Supervisor).WithTags("reports")
            .WithSummary("查看某月的监督月报");
        return api;
    }

    static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Get(string month, string? format,
        SupervisionDbContext db, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None,
            out var start) || start.Year is < 2000 or > 2100)
        {
            return Problems.Invalid([new("month", "月份应为 yyyy-MM 格式（2000 到 2100 年），如 2025-10。")]);
        }
        if (format is not (null or "xlsx" or "csv"))
        {
            return Problems.Invalid([new("format", "格式应为 xlsx 或 csv。")]);
        }
        var end = start.AddMonths(1).AddDays(-1);
        var sheets = await SheetsAsync(db, start, end, cancellationToken);
        foreach (var (title, rows) in (await ApprovalReportSheets.SheetsAsync(db, start, end, cancellationToken))
            .Concat(await TradingReportSheets.SheetsAsync(db, start, end, cancellationToken)))
        {
            sheets[title] = rows;
        }
        sheets[PointReportSheet.Title] = await PointReportSheet.RowsAsync(db, start, end, cancellationToken);
        var name = $"效能月报-{month}";
        if (format == "csv")
        {
            return TypedResults.File(Csv(sheets), "text/csv; charset=utf-8", name + ".csv");
        }
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(Xlsx(sheets), excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
        // Rates as percentages, averages with one decimal, columns as wide as their text.
        return TypedResults.File(XlsxFormats.Apply(stream.ToArray()),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            name + ".xlsx");
    }

    static async Task<Dictionary<string, List<Dictionary<string, object?>>>> SheetsAsync(SupervisionDbContext db,
        DateOnly start, DateOnly end, CancellationToken cancellationToken)
    {
        var metrics = await MetricsApi.ComputeAsync(db, start, end, null, null, null, cancellationToken);
        var ranking = await MetricsApi.RankAsync(db, start, end, byWindow: false, cancellationToken);
        var warnings = await db.Warnings.AsNoTracking().Where(w => w.RaisedDate >= start && w.RaisedDate <= end)
            .OrderBy(w => w.RaisedDate).ThenBy(w => w.CaseNo).ToListAsync(cancellationToken);
        var ratings = await RatingsApi.GoodRatesAsync(db, start, end, byWindow: false, cancellationToken);

        return new()
        {
            ["效能指标"] =
            [
                Row("指标", "受理件数", "值", metrics.Accepted), Row("指标", "即办件受理数", "值", metrics.InstantAccepted),
                Row("指标", "即办件占比", "值", metrics.InstantShare), Row("指标", "办结件数", "值", metrics.Completed),
                Row("指标", "当场办结数", "值", metrics.OnTheSpot), Row("指标", "当场办结率", "值", metrics.OnTheSpotRate),
                Row("指标", "承诺时限内办结数", "值", metrics.OnTime), Row("指标", "按时办结率", "值", metrics.OnTimeRate),
                Row("指标", "超期办结数", "值", metrics.CompletedLate),
                Row("指标", "节约法定工作日", "值", metrics.TimeSavedWorkingDays),
                Row("指标", "平均用时（工作日）", "值", metrics.AverageWorkingDaysUsed),
                Row("指标", "在办超期件数", "值", metrics.OpenOverdue),
                Row("指标", "窗口受理件数", "值", metrics.ByChannel.Window),
                Row("指标", "网上受理件数", "值", metrics.ByChannel.Online),
                Row("指标", "代办受理件数", "值", metrics.ByChannel.Agent),
                Row("指标", "零跑动率", "值", metrics.ZeroVisitShare),
                Row("指标", "最多跑一次率", "值", metrics.AtMostOneVisitShare),
            ],
            ["部门排名"] = ranking.Select((r, i) => new Dictionary<string, object?>
            {
                ["名次"] = i + 1,
                ["部门"] = r.Key,
                ["受理"] = r.Accepted,
                ["办结"] = r.Completed,
                ["当场办结率"] = r.OnTheSpotRate,
                ["按时办结率"] = r.OnTimeRate,
                ["节约工作日"] = r.TimeSavedWorkingDays,
            }).ToList(),
            ["预警"] = warnings.Select(w => new Dictionary<string, object?>
            {
                ["受理编号"] = w.CaseNo,
                ["部门"] = w.DepartmentCode,
                ["级别"] = w.Level == "red" ? "红牌" : "黄牌",
                ["办结期限"] = w.DueDate.ToString("yyyy-MM-dd"),
                ["预警日期"] = w.RaisedDate.ToString("yyyy-MM-dd"),
                ["状态"] = StatusLabel(w.Status),
            }).ToList(),
            ["好差评"] = ratings.OrderBy(r => r.Key).Select(r => new Dictionary<string, object?>
            {
                ["部门"] = r.Key,
                ["评价数"] = r.Ratings,
                ["好评"] = r.Good,
                ["差评"] = r.Bad,
                ["好评率"] = r.GoodRate,
            }).ToList(),
        };
    }

    static string StatusLabel(string status) => status switch
    {
        "active" => "生效中",
        "cleared" => "已解除",
        "appealed" => "申诉中",
        "upheld" => "维持预警",
        "revoked" => "已撤销",
        _ => status,
    };

    static Dictionary<string, object?> Row(string nameColumn, string name, string valueColumn, object? value) =>
        new() { [nameColumn] = name, [valueColumn] = value };

    /// <summary>The sheets for MiniExcel, every text cell escaped (<see cref="SpreadsheetCells"/>).</summary>
    static Dictionary<string, object> Xlsx(Dictionary<string, List<Dictionary<string, object?>>> sheets) =>
        sheets.ToDictionary(s => s.Key, s => (object)s.Value.Select(SpreadsheetCells.Row).ToList());

    /// <summary>One section per sheet: its title, its header, its rows, a blank line; text cells escaped.</summary>
    static byte[] Csv(Dictionary<string, List<Dictionary<string, object?>>> sheets)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            foreach (var (title, rows) in sheets)
            {
                csv.WriteField(SpreadsheetCells.Text(title));
                csv.NextRecord();
                var columns = rows.FirstOrDefault()?.Keys.ToList() ?? [];
                foreach (var column in columns)
                {
                    csv.WriteField(SpreadsheetCells.Text(column));
                }
                csv.NextRecord();
                foreach (var row in rows)
                {
                    foreach (var column in columns)
                    {
                        csv.WriteField(SpreadsheetCells.Safe(row[column]));
                    }
                    csv.NextRecord();
                }
                csv.NextRecord();
            }
        }
        // With a byte-order mark, so spreadsheet programs read the Chinese correctly.
        return [.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(text.ToString())];
    }
}
