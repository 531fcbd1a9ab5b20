namespace Platform.WorkingDays;

/// <summary>
/// The calendar a service computes with: the built-in national data plus the years an administrator loaded since,
/// as that service learnt them (from its database at start, from CalendarChanged events afterwards). Swapped whole,
/// so a reader never sees half a change.
/// </summary>
public class CalendarHolder
{
    volatile WorkingDayCalendar _current = CalendarData.National();

    public WorkingDayCalendar Current => _current;

    /// <summary>
    /// Holds the calendar of the national data plus <paramref name="loadedYears"/>; the one held stays when the
    /// content is the same (a periodic refresh swaps nothing).
    /// </summary>
    public void Rebuild(IEnumerable<CalendarYear> loadedYears) => Use(Build(loadedYears));

    /// <summary>The national data plus the years an administrator loaded.</summary>
    public static WorkingDayCalendar Build(IEnumerable<CalendarYear> loadedYears)
    {
        var calendar = CalendarData.National();
        foreach (var year in loadedYears.OrderBy(y => y.Year))
        {
            calendar = calendar.WithYear(year);
        }
        return calendar;
    }

    /// <summary>Takes a calendar already built from the same years (saves reading them back).</summary>
    public void Use(WorkingDayCalendar calendar)
    {
        if (calendar.Version != _current.Version)
        {
            _current = calendar;
        }
    }
}
