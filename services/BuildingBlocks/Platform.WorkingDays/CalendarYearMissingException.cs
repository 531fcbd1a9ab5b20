namespace Platform.WorkingDays;

/// <summary>
/// A strict question (the calendar API, an import of history) about a year the calendar has no notice for: never
/// answered by a guess from weekends alone. Deadlines use <see cref="Deadlines"/>, which date provisionally instead.
/// </summary>
public sealed class CalendarYearMissingException(string region, int year)
    : Exception(
        $"The working-day calendar of region {region} has no data for {year}; load that year's holiday notice first.")
{
    public string Region { get; } = region;
    public int Year { get; } = year;
}
