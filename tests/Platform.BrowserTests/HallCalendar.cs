using System.Net;

namespace Platform.BrowserTests;

/// <summary>
/// Working days by the hall's published calendar, day by day, for a test's expectations. A year the hall has no
/// holiday notice for is counted from weekends only, exactly as DESIGN §4's provisional dates are: a test run in
/// December must expect a deadline in January whether or not next year's notice is loaded.
/// </summary>
public sealed class HallCalendar(HallApi api)
{
    readonly Dictionary<DateOnly, bool> _days = [];

    public bool Provisional { get; private set; }

    public async Task<bool> IsWorkingDayAsync(DateOnly day)
    {
        if (_days.TryGetValue(day, out var known))
        {
            return known;
        }
        var (status, body) = await api.TryGetAsync($"/api/catalogue/calendar/days/{day:yyyy-MM-dd}");
        bool working;
        if (status == HttpStatusCode.OK)
        {
            working = body!["isWorkingDay"]!.GetValue<bool>();
        }
        else if (body?["code"]?.GetValue<string>() == "calendar-year-missing")
        {
            Provisional = true;
            working = day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
        }
        else
        {
            throw new HttpRequestException($"calendar day {day:yyyy-MM-dd}: {(int)status} {body}");
        }
        return _days[day] = working;
    }

    /// <summary>The n-th working day after <paramref name="from"/> (DESIGN §4 AddWorkingDays).</summary>
    public async Task<DateOnly> AddWorkingDaysAsync(DateOnly from, int workingDays)
    {
        var day = from;
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(1);
            if (await IsWorkingDayAsync(day))
            {
                counted++;
            }
        }
        return day;
    }

    /// <summary>Working days d with from &lt; d ≤ to (DESIGN §4 WorkingDaysBetween).</summary>
    public async Task<int> WorkingDaysBetweenAsync(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (await IsWorkingDayAsync(day))
            {
                count++;
            }
        }
        return count;
    }
}
