using System.Globalization;
using Platform.Approval.Catalogue;
using Platform.Approval.Projects;
using Platform.Approval.Stages;
using Platform.ServiceDefaults.Http;
using Platform.WorkingDays;

namespace Platform.Approval.Import;

/// <summary>One department task of a historical stage, read and checked: every problem of the row is named.</summary>
sealed record StageImportRow(
    int Line,
    string ProjectCode,
    string ProjectName,
    int Stage,
    DateTimeOffset AcceptedAt,
    int Suspended,
    LocalMatter Matter,
    DateTimeOffset? CompletedAt)
{
    public const int MaxNameLength = 200;

    public static readonly string[] Columns =
    [
        "projectCode", "projectName", "stage", "acceptedAt", "suspendedWorkingDays", "departmentCode", "matterCode",
        "taskCompletedAt",
    ];

    /// <summary>The row, or null when it has any problem; its problems go to errors.</summary>
    public static StageImportRow? Read(CsvRow cells, IReadOnlyDictionary<string, LocalMatter> matters,
        WorkingDayCalendar calendar, List<RowError> errors)
    {
        var before = errors.Count;
        void Error(string column, string message) => errors.Add(new RowError(cells.Line, column, message));
        if (!ProjectCodes.IsValid(cells["projectCode"]))
        {
            Error("projectCode", "项目代码应为全国投资项目代码（yyyy-dddddd-dd-dd-dddddd，如 2025-510181-47-01-123456）。");
        }
        var name = cells["projectName"];
        if (name.Length is 0 or > MaxNameLength)
        {
            Error("projectName", $"项目名称必填，最长 {MaxNameLength} 字。");
        }
        if (!int.TryParse(cells["stage"], NumberStyles.None, CultureInfo.InvariantCulture, out var stage)
            || !StageNames.IsStage(stage))
        {
            Error("stage", "阶段应为 1 到 4（1 立项用地规划许可，2 工程建设许可，3 施工许可，4 竣工验收）。");
        }
        var acceptedAt = Instant(cells, "acceptedAt", calendar, Error,
            "应为带时区的 ISO-8601 时间，如 2025-09-30T09:15:00+08:00。");
        var suspended = 0;
        if (cells["suspendedWorkingDays"].Length > 0
            && (!int.TryParse(cells["suspendedWorkingDays"], NumberStyles.None, CultureInfo.InvariantCulture,
                out suspended) || suspended > 3650))
        {
            Error("suspendedWorkingDays", "应为 0 或正整数（补正、特别程序等不计时的工作日数）。");
        }
        var matter = FindMatter(cells, matters, Error);
        DateTimeOffset? completedAt = null;
        if (cells["taskCompletedAt"].Length > 0)
        {
            completedAt = Instant(cells, "taskCompletedAt", calendar, Error,
                "应为带时区的 ISO-8601 时间，或留空表示该部门尚未办结。");
            if (completedAt < acceptedAt)
            {
                Error("taskCompletedAt", "办结时间早于阶段受理时间。");
            }
        }
        return errors.Count > before ? null
            : new StageImportRow(cells.Line, cells["projectCode"], name, stage, acceptedAt!.Value, suspended,
                matter!, completedAt);
    }

    static LocalMatter? FindMatter(CsvRow cells, IReadOnlyDictionary<string, LocalMatter> matters,
        Action<string, string> error)
    {
        if (!matters.TryGetValue(cells["matterCode"], out var matter))
        {
            error("matterCode", $"事项“{cells["matterCode"]}”不在事项目录中。");
            return null;
        }
        if (matter.DepartmentCode != cells["departmentCode"])
        {
            error("departmentCode", $"事项 {matter.Code}（{matter.Name}）由 {matter.DepartmentCode}"
                + $"（{matter.DepartmentName}）办理，不属于部门“{cells["departmentCode"]}”。");
        }
        return matter;
    }

    /// <summary>An instant with its offset, in a year the calendar knows (working days are never guessed).</summary>
    static DateTimeOffset? Instant(CsvRow cells, string column, WorkingDayCalendar calendar,
        Action<string, string> error, string format)
    {
        if (Dates.Instant(cells[column]) is not { } instant)
        {
            error(column, format);
            return null;
        }
        var year = HallTime.DateOf(instant).Year;
        if (!calendar.HasYear(year))
        {
            error(column, $"工作日历中没有 {year} 年的节假日数据，无法计算工作日；请管理员先加载该年度通知。");
        }
        return instant;
    }
}
