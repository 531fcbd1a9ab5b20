using Platform.Bidding.Data;
using Platform.WorkingDays;
using Platform.WorkingDays.Following;

namespace Platform.Bidding.Calendar;

/// <summary>
/// Keeps the calendar the catalogue publishes; nothing open is re-dated (a bid deadline, once announced, is an
/// instant that only an amendment moves).
/// </summary>
public sealed class CalendarChangedConsumer(BiddingDbContext db, BiddingCalendar calendar)
    : CalendarChangedConsumer<BiddingDbContext, BiddingCalendar>(db, calendar)
{
    protected override Task RecomputeAsync(WorkingDayCalendar calendar, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
