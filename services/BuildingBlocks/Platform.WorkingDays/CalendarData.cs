using System.Globalization;
using System.Text.Json;

namespace Platform.WorkingDays;

/// <summary>
/// Reads calendar data: the project's own files (embedded) and a year's file in the holiday-cn format.
/// </summary>
public static class CalendarData
{
    /// <summary>The longest holiday name a notice may give (the official ones are a few characters: 中秋节、国庆节).</summary>
    public const int MaxNameLength = 32;

    public const string NationalRegion = "CN";

    /// <summary>The national calendar shipped with the platform (2019–2026, from the State Council notices).</summary>
    public static WorkingDayCalendar National() => Embedded(NationalRegion);

    public static WorkingDayCalendar Embedded(string region)
    {
        using var stream = typeof(CalendarData).Assembly
            .GetManifestResourceStream($"Platform.WorkingDays.{region}.json")
            ?? throw new InvalidOperationException($"No built-in calendar data for region {region}.");
        using var document = JsonDocument.Parse(stream);
        var years = document.RootElement.GetProperty("years").EnumerateObject()
            .Select(year => new CalendarYear(
                int.Parse(year.Name, CultureInfo.InvariantCulture),
                year.Value.EnumerateArray().Select(day => new SpecialDay(
                    DateOnly.ParseExact(
                        day.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    day.GetProperty("name").GetString()!,
                    day.GetProperty("off").GetBoolean())).ToList()));
        return WorkingDayCalendar.Create(region, years);
    }

    /// <summary>
    /// Parses one year's notice in the holiday-cn JSON format ({"year":2027,"days":[{"name","date","isOffDay"}]}).
    /// Every problem is reported, not just the first, so an administrator can fix the file in one go.
    /// </summary>
    public static CalendarYear ParseHolidayCn(string json, int expectedYear, out IReadOnlyList<string> errors)
    {
        var problems = new List<string>();
        var days = new List<SpecialDay>();
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (!root.TryGetProperty("year", out var yearElement) || !yearElement.TryGetInt32(out var year))
            {
                problems.Add("缺少整数字段 year。");
            }
            else if (year != expectedYear)
            {
                problems.Add($"文件中的 year 为 {year}，与地址中的年份 {expectedYear} 不一致。");
            }
            if (!root.TryGetProperty("days", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                problems.Add("缺少数组字段 days。");
            }
            else
            {
                var index = 0;
                foreach (var day in list.EnumerateArray())
                {
                    ParseDay(day, index++, expectedYear, days, problems);
                }
                foreach (var duplicate in days.GroupBy(d => d.Date).Where(g => g.Count() > 1))
                {
                    problems.Add($"日期 {duplicate.Key:yyyy-MM-dd} 出现了多次。");
                }
            }
        }
        catch (JsonException exception)
        {
            problems.Add($"不是有效的 JSON：{exception.Message}");
        }
        errors = problems;
        return new CalendarYear(expectedYear, days.OrderBy(d => d.Date).ToList());
    }

    static void ParseDay(JsonElement day, int index, int year, List<SpecialDay> days, List<string> problems)
    {
        var where = $"days[{index}]";
        if (day.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{where} 不是对象。");
            return;
        }
        var name = day.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
        var dateText = day.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String
            ? d.GetString() : null;
        var offDay = day.TryGetProperty("isOffDay", out var o)
            && o.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? o.GetBoolean() : (bool?)null;
        if (string.IsNullOrWhiteSpace(name)) problems.Add($"{where}.name 缺失。");
        else if (name.Length > MaxNameLength) problems.Add($"{where}.name 超过 {MaxNameLength} 个字符。");
        if (offDay is null) problems.Add($"{where}.isOffDay 必须是 true 或 false。");
        if (!DateOnly.TryParseExact(
            dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            problems.Add($"{where}.date “{dateText}” 不是 yyyy-MM-dd 格式的日期。");
            return;
        }
        // A notice may name the last days of the year before (a New Year holiday starting in December).
        if (date.Year != year && !(date.Year == year - 1 && date.Month == 12))
        {
            problems.Add($"{where}.date {dateText} 不属于 {year} 年的通知范围。");
        }
        if (name is not null && offDay is not null)
        {
            days.Add(new SpecialDay(date, name, offDay.Value));
        }
    }
}
