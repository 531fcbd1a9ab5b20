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

    public void Rebuild(IEnumerable<CalendarYear> loadedYears)
    {
        var calendar = CalendarData.National();
        foreach (var year in loadedYears.OrderBy(y => y.Year))
        {
            calendar = calendar.WithYear(year);
        }
        _current = calendar;
    }

    /// <summary>Takes a calendar already built from the same years (saves reading them back).</summary>
    public void Use(WorkingDayCalendar calendar) => _current = calendar;
}
