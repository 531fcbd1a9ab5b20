using Platform.ServiceDefaults.Http;

namespace Platform.Intake.Cases;

/// <summary>
/// The case list's filters, read from the query and checked: status open (accepted or suspended; the default),
/// accepted, suspended, completed or all; sort daysLeft (fewest working days left first; the default for the open
/// statuses), acceptedAt or -acceptedAt (the default for completed and all); acceptedFrom/acceptedTo yyyy-MM-dd.
/// </summary>
public sealed record CaseListQuery(string Status, string Sort, string? Window, string? Department, DateOnly? From,
    DateOnly? To)
{
    public static readonly string[] Statuses = ["open", "accepted", "suspended", "completed", "all"];
    public static readonly string[] Sorts = ["daysLeft", "acceptedAt", "-acceptedAt"];

    public static CaseListQuery? Read(string? status, string? window, string? department, string? acceptedFrom,
        string? acceptedTo, string? sort, out List<FieldError> errors)
    {
        errors = [];
        status = string.IsNullOrWhiteSpace(status) ? "open" : status.Trim();
        if (!Statuses.Contains(status))
        {
            errors.Add(new("status", "办件状态应为 open（办理中，含特别程序）、accepted（办理中，计时）、suspended（特别程序）、"
                + "completed（已办结）或 all（全部）。"));
        }
        var open = status is "open" or "accepted" or "suspended";
        sort = string.IsNullOrWhiteSpace(sort) ? (open ? "daysLeft" : "-acceptedAt") : sort.Trim();
        if (!Sorts.Contains(sort))
        {
            errors.Add(new("sort", "排序应为 daysLeft（剩余工作日最少的在前）、acceptedAt（受理时间从早到晚）或 -acceptedAt（从晚到早）。"));
        }
        var from = Date("acceptedFrom", acceptedFrom, errors);
        var to = Date("acceptedTo", acceptedTo, errors);
        if (from > to)
        {
            errors.Add(new("acceptedFrom", "受理日期的起日（acceptedFrom）不能晚于止日（acceptedTo）。"));
        }
        errors.AddRange(new[] { ("window", window), ("department", department) }
            .Where(p => p.Item2?.Length > 64)
            .Select(p => new FieldError(p.Item1, "最长 64 个字符。")));
        return errors.Count > 0 ? null
            : new(status, sort, Blank(window), Blank(department), from, to);
    }

    static DateOnly? Date(string name, string? text, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (Dates.TryParse(text.Trim(), out var date))
        {
            return date;
        }
        errors.Add(new(name, "日期应为 yyyy-MM-dd 格式，例如 2026-12-01。"));
        return null;
    }

    static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
