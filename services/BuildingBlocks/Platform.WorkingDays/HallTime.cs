namespace Platform.WorkingDays;

/// <summary>The hall's local time (Asia/Shanghai, UTC+8 all year: China keeps no daylight saving time).</summary>
public static class HallTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The calendar date an instant falls on in the hall (DESIGN §4: dates are local dates).</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);
}
