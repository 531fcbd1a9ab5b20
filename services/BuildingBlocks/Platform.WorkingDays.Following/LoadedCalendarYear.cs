namespace Platform.WorkingDays.Following;

/// <summary>A year's notice a service learnt from the CalendarChanged event, kept in its own database.</summary>
public sealed class LoadedCalendarYear
{
    public int Year { get; set; }
    public List<SpecialDay> Days { get; set; } = [];
}
