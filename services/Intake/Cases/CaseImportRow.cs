using System.Globalization;
using System.Text.RegularExpressions;
using Platform.Intake.Catalogue;
using Platform.Intake.Points;
using Platform.ServiceDefaults.Http;
using Platform.WorkingDays;

namespace Platform.Intake.Cases;

/// <summary>One row of a historical import, read and checked: every problem of the row is named.</summary>
sealed partial record CaseImportRow(
    int Line,
    string CaseNo,
    LocalMatter Matter,
    DateTimeOffset AcceptedAt,
    DateTimeOffset? CompletedAt,
    int Suspended,
    string ApplicantType,
    string? WindowNo,
    string? Result,
    int? Rating,
    CaseImportChannel Channel)
{
    /// <summary>The row, or null when its matter or acceptance time is unusable; its problems go to errors.</summary>
    public static CaseImportRow? Read(CsvRow cells, Dictionary<string, LocalMatter> matters,
        IReadOnlyDictionary<string, LocalServicePoint> points, WorkingDayCalendar calendar, List<RowError> errors)
    {
        var line = cells.Line;
        void Error(string column, string message) => errors.Add(new RowError(line, column, message));
        var caseNo = cells["caseNo"];
        if (!CaseNoPattern().IsMatch(caseNo))
        {
            Error("caseNo", "受理编号必填，最长 32 位，只能包含字母、数字、短横线和下划线。");
        }
        if (!matters.TryGetValue(cells["matterCode"], out var matter))
        {
            Error("matterCode", $"事项“{cells["matterCode"]}”未在事项目录中发布。");
        }
        var acceptedAt = Dates.Instant(cells["acceptedAt"]);
        if (acceptedAt is null)
        {
            Error("acceptedAt", "应为带时区的 ISO-8601 时间，如 2025-09-30T09:15:00+08:00。");
        }
        DateTimeOffset? completedAt = null;
        if (cells["completedAt"].Length > 0)
        {
            completedAt = Dates.Instant(cells["completedAt"]);
            if (completedAt is null)
            {
                Error("completedAt", "应为带时区的 ISO-8601 时间，或留空表示尚未办结。");
            }
            else if (acceptedAt is not null && completedAt < acceptedAt)
            {
                Error("completedAt", "办结时间早于受理时间。");
            }
        }
        var suspended = 0;
        if (cells["suspendedWorkingDays"].Length > 0
            && (!int.TryParse(cells["suspendedWorkingDays"], NumberStyles.None, CultureInfo.InvariantCulture,
                out suspended) || suspended > 3650))
        {
            Error("suspendedWorkingDays", "应为 0 或正整数（特别程序等不计时的工作日数）。");
        }
        var applicantType = cells["applicantType"] is { Length: > 0 } type ? type : "natural";
        if (applicantType is not ("natural" or "legal"))
        {
            Error("applicantType", "应为 natural 或 legal。");
        }
        if (cells["windowNo"].Length > 16)
        {
            Error("windowNo", "窗口号最长 16 位。");
        }
        var result = cells["result"] is { Length: > 0 } r ? r : completedAt is null ? null : "approved";
        if (result is not (null or "approved" or "denied"))
        {
            Error("result", "应为 approved 或 denied。");
        }
        if (result is not null && completedAt is null && cells["result"].Length > 0)
        {
            Error("result", "未办结的办件不能有办理结果。");
        }
        int? rating = null;
        if (cells["rating"].Length > 0)
        {
            if (!int.TryParse(cells["rating"], out var score) || score is < 1 or > 5)
            {
                Error("rating", "评价应为 1 到 5。");
            }
            else if (completedAt is null)
            {
                Error("rating", "未办结的办件不能有评价。");
            }
            else
            {
                rating = score;
            }
        }
        foreach (var instant in new[] { acceptedAt, completedAt }.OfType<DateTimeOffset>())
        {
            if (!calendar.HasYear(HallTime.DateOf(instant).Year))
            {
                Error(instant == acceptedAt ? "acceptedAt" : "completedAt",
                    $"工作日历中没有 {HallTime.DateOf(instant).Year} 年的数据，无法计算工作日。");
            }
        }
        var channel = CaseImportChannel.Read(cells, points, Error);
        return matter is null || acceptedAt is null ? null
            : new CaseImportRow(line, caseNo, matter, acceptedAt.Value, completedAt, suspended, applicantType,
                cells["windowNo"] is { Length: > 0 } w ? w : null, result, rating, channel);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,32}$")]
    private static partial Regex CaseNoPattern();
}
