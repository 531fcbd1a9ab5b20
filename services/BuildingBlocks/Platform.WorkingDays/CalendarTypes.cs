namespace Platform.WorkingDays;

/// <summary>What a date is in the official calendar.</summary>
public enum DayKind
{
    Workday,
    Weekend,
    Holiday,
    MakeupWorkday,
}

/// <summary>A date the State Council notice names: a holiday (IsOffDay) or a make-up working day (调休上班).</summary>
public sealed record SpecialDay(DateOnly Date, string Name, bool IsOffDay);

/// <summary>One year's notice: the days it names (which may include the last days of the year before).</summary>
public sealed record CalendarYear(int Year, IReadOnlyList<SpecialDay> Days);

public sealed record CalendarDay(DateOnly Date, bool IsWorkingDay, DayKind Kind, string? Name);

/// <summary>A date in a year the calendar has no notice for: never guessed from weekends alone.</summary>
public sealed class CalendarYearMissingException(string region, int year)
    : Exception($"The working-day calendar of region {region} has no data for {year}; load that year's holiday notice first.")
{
    public string Region { get; } = region;
    public int Year { get; } = year;
}
