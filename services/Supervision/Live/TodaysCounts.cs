using Platform.WorkingDays;

namespace Platform.Supervision.Live;

/// <summary>
/// What the consumers count: an event of today (the hall's date) moves today's counters; history does not.
/// </summary>
public sealed class TodaysCounts(ILiveCounters counters, HallClock clock)
{
    public Task CountAsync(DateTimeOffset at, IReadOnlyList<string> fields)
    {
        var day = HallTime.DateOf(at);
        return day == HallTime.DateOf(clock.Now) ? counters.IncrementAsync(day, fields) : Task.CompletedTask;
    }
}
