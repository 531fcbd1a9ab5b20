namespace Platform.WorkingDays;

/// <summary>One year's notice: the days it names (which may include the last days of the year before).</summary>
public sealed record CalendarYear(int Year, IReadOnlyList<SpecialDay> Days);
