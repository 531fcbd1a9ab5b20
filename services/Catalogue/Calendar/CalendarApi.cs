using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Catalogue.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Catalogue.Calendar;

/// <summary>The working-day calendar: public reads, and administrators loading a year's notice.</summary>
public static class CalendarApi
{
    const int MaxWorkingDays = 3650;

    public static RouteGroupBuilder MapCalendarApi(this RouteGroupBuilder api)
    {
        var calendar = api.MapGroup("/calendar").WithTags("calendar");
        calendar.MapGet("/days/{date}", GetDay).AllowAnonymous()
            .WithSummary("查询某日是否为工作日");
        calendar.MapGet("/add", Add).AllowAnonymous()
            .WithSummary("计算某日起若干个工作日后的日期");
        calendar.MapGet("/between", Between).AllowAnonymous()
            .WithSummary("计算两个日期之间的工作日数");
        calendar.MapGet("/years", GetYears).AllowAnonymous()
            .WithSummary("列出已载入节假日安排的年度");
        calendar.MapPut("/years/{year:int}", LoadYear).RequireAuthorization(Roles.CatalogueAdmin)
            .WithSummary("载入某年度的国务院节假日安排");
        calendar.MapGet("/alerts", GetAlerts).RequireAuthorization(Roles.CatalogueAdmin)
            .WithSummary("查看工作日历提醒（如缺少下一年度的节假日安排）");
        return api;
    }

    static Results<Ok<CalendarDayResponse>, ProblemHttpResult> GetDay(string date, CatalogueCalendar provider)
    {
        if (!Dates.TryParse(date, out var day))
        {
            return BadDate("date", date);
        }
        return Compute(provider, calendar =>
        {
            var described = calendar.Describe(day);
            return new CalendarDayResponse(described.Date, described.IsWorkingDay, described.Kind, described.Name);
        });
    }

    static Results<Ok<AddResponse>, ProblemHttpResult> Add(string? from, int? workingDays, CatalogueCalendar provider)
    {
        if (!Dates.TryParse(from, out var start))
        {
            return BadDate("from", from);
        }
        if (workingDays is not (>= 0 and <= MaxWorkingDays))
        {
            return Problems.Invalid([new("workingDays", $"必填，0 到 {MaxWorkingDays} 之间的整数。")]);
        }
        return Compute(provider, calendar => new AddResponse(calendar.AddWorkingDays(start, workingDays.Value)));
    }

    static Results<Ok<BetweenResponse>, ProblemHttpResult> Between(string? from, string? to, CatalogueCalendar provider)
    {
        if (!Dates.TryParse(from, out var start))
        {
            return BadDate("from", from);
        }
        if (!Dates.TryParse(to, out var end))
        {
            return BadDate("to", to);
        }
        if (Math.Abs(end.DayNumber - start.DayNumber) > MaxWorkingDays * 2)
        {
            return Problems.Invalid([new("to", "起止日期相隔过远（最多约 20 年）。")]);
        }
        return Compute(provider, calendar => new BetweenResponse(calendar.WorkingDaysBetween(start, end)));
    }

    static Ok<CalendarYearsResponse> GetYears(CatalogueCalendar provider)
    {
        var calendar = provider.Current;
        return TypedResults.Ok(new CalendarYearsResponse(calendar.Region, calendar.Version,
            calendar.Years.Order().ToList()));
    }

    /// <summary>DESIGN §4: whether a holiday notice is missing today, and the daily warnings about it.</summary>
    static async Task<Ok<CalendarAlertsResponse>> GetAlerts(CatalogueCalendar provider, HallClock clock,
        CatalogueDbContext db, CancellationToken cancellationToken)
    {
        var alerts = await db.CalendarNoticeAlerts.AsNoTracking().OrderByDescending(a => a.Date).Take(60)
            .ToListAsync(cancellationToken);
        var missing = Deadlines.NoticeMissing(provider.Current, HallTime.DateOf(clock.Now));
        return TypedResults.Ok(new CalendarAlertsResponse(missing, alerts));
    }

    static async Task<Results<Ok<CalendarLoadedResponse>, ProblemHttpResult>> LoadYear(int year, HttpRequest request,
        CatalogueCalendar provider, CatalogueDbContext db, CancellationToken cancellationToken)
    {
        if (year is < 2000 or > 2100)
        {
            return Problems.Invalid([new("year", "年份应在 2000 到 2100 之间。")]);
        }
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(cancellationToken);
        if (!HasNoticeShape(text))
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "calendar-file-invalid",
                $"{year} 年节假日文件应为 JSON 对象，形如 {{\"year\":{year},\"days\":[{{\"name\":\"元旦\","
                + $"\"date\":\"{year}-01-01\",\"isOffDay\":true}}]}}。");
        }
        var notice = CalendarData.ParseHolidayCn(text, year, out var errors);
        if (errors.Count > 0)
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "calendar-file-invalid",
                $"{year} 年节假日文件有 {errors.Count} 处错误：" + string.Join("；", errors), errors);
        }

        var calendar = provider.Current.WithYear(notice);
        var stored = await db.CalendarYears.SingleOrDefaultAsync(y => y.Region == calendar.Region && y.Year == year,
            cancellationToken);
        if (stored is null)
        {
            stored = new StoredCalendarYear
            {
                Region = calendar.Region,
                Year = year,
                CalendarVersion = calendar.Version,
            };
            db.CalendarYears.Add(stored);
        }
        stored.Days = notice.Days.ToList();
        stored.CalendarVersion = calendar.Version;
        stored.LoadedAt = DateTimeOffset.UtcNow;
        stored.LoadedBy = request.HttpContext.User.FindFirst("sub")?.Value;
        db.AddEvent(new CalendarChanged(
            calendar.Region, year, calendar.Version, notice.Days.ToList(), stored.LoadedAt));
        await db.SaveChangesAsync(cancellationToken);
        provider.Use(calendar);

        return TypedResults.Ok(new CalendarLoadedResponse(calendar.Region, year, calendar.Version,
            notice.Days.Count(d => d.IsOffDay), notice.Days.Count(d => !d.IsOffDay)));
    }

    /// <summary>
    /// The shapes the parser cannot take (it reads the root as an object and "year" as a number): an array, null, a
    /// string or a number at the root, or a "year" that is not a number. Text that is not JSON at all passes, for the
    /// parser's own message.
    /// </summary>
    static bool HasNoticeShape(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && (!root.TryGetProperty("year", out var year) || year.ValueKind == JsonValueKind.Number);
        }
        catch (JsonException)
        {
            return true;
        }
    }

    /// <summary>
    /// A year without a notice throws CalendarYearMissingException: the 422 problem of the exception handler.
    /// </summary>
    static Ok<T> Compute<T>(CatalogueCalendar provider, Func<WorkingDayCalendar, T> compute) =>
        TypedResults.Ok(compute(provider.Current));

    static ProblemHttpResult BadDate(string field, string? value) =>
        Problems.Invalid([new(field, $"“{value}”不是 yyyy-MM-dd 格式的日期。")]);
}
