using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Platform.ServiceDefaults.Http;

/// <summary>RFC 9457 answers with a stable machine-readable code and a Chinese detail.</summary>
public static class Problems
{
    public static ProblemHttpResult Of(int status, string code, string detail, object? errors = null) =>
        TypedResults.Problem(Details(status, code, detail, errors));

    /// <summary>The body of such a problem, for writers that are not endpoints (the exception handler).</summary>
    public static ProblemDetails Details(int status, string code, string detail, object? errors = null)
    {
        var problem = new ProblemDetails
        {
            Status = status,
            Type = $"https://service-hall.local/problems/{code}",
            Detail = detail,
            Extensions = { ["code"] = code },
        };
        if (errors is not null)
        {
            problem.Extensions["errors"] = errors;
        }
        return problem;
    }

    public static ProblemHttpResult Invalid(IReadOnlyList<FieldError> errors) =>
        Of(StatusCodes.Status400BadRequest, "validation-failed",
            "提交的内容有误：" + string.Join("；", errors.Select(e => $"{e.Field}：{e.Message}")), errors);

    public static ProblemHttpResult NotFound(string code, string detail) =>
        Of(StatusCodes.Status404NotFound, code, detail);

    public static ProblemHttpResult Conflict(string code, string detail) =>
        Of(StatusCodes.Status409Conflict, code, detail);

    /// <summary>The answer to a report period that <see cref="Dates.Period"/> does not accept.</summary>
    public static ProblemHttpResult BadPeriod() =>
        Invalid([new("from", "请以 from、to 给出 yyyy-MM-dd 格式的起止日期（含两端），from 不晚于 to，跨度不超过 10 年。")]);

    /// <summary>An all-or-nothing import refused: every bad row, in file order.</summary>
    public static ProblemHttpResult ImportRejected(IEnumerable<RowError> errors)
    {
        var byRow = errors.OrderBy(e => e.Row).ToList();
        return Of(StatusCodes.Status400BadRequest, "import-rejected",
            $"文件有 {byRow.Select(e => e.Row).Distinct().Count()} 行存在错误，整个文件未导入。"
            + "行号为文件中的行号（表头为第 1 行）；请改正后重新上传。", byRow);
    }

    /// <summary>An upload that is not CSV, or null when it is.</summary>
    public static ProblemHttpResult? UnlessCsv(HttpRequest request) =>
        request.ContentType?.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) == true ? null
            : Of(StatusCodes.Status415UnsupportedMediaType, "csv-required",
                "请以 Content-Type: text/csv 上传带表头的 CSV 文件（UTF-8 或 GBK/GB18030 编码均可）。");

    /// <summary>
    /// A working-day computation reached a year the calendar has no notice for (never guessed). Thrown anywhere in a
    /// request, it reaches the client as this problem through the exception handler, and nothing of the request is
    /// saved.
    /// </summary>
    public static ProblemDetails CalendarYearMissing(int year) =>
        Details(StatusCodes.Status422UnprocessableEntity, "calendar-year-missing",
            $"工作日历中没有 {year} 年的节假日数据，无法计算工作日；请管理员先加载该年度国务院节假日安排通知"
            + $"（PUT /api/catalogue/calendar/years/{year}）。");
}
