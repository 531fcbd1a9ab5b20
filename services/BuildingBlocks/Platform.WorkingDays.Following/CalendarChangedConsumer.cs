using MassTransit;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Messaging;

namespace Platform.WorkingDays.Following;

/// <summary>
/// Stores the changed year and recomputes the service's open deadlines with the new calendar (provisional dates in
/// that year become real ones), in the same transaction as the inbox record; the holder is swapped once the
/// recomputation went through (a retry after a failed commit sets the same calendar again).
/// </summary>
public abstract class CalendarChangedConsumer<TContext, THolder>(TContext db, THolder calendar)
    : InboxConsumer<TContext, CalendarChanged>(db)
    where TContext : DbContext
    where THolder : CalendarHolder
{
    protected override async Task Handle(ConsumeContext<CalendarChanged> context)
    {
        var message = context.Message;
        var years = Db.Set<LoadedCalendarYear>();
        var year = await years.SingleOrDefaultAsync(y => y.Year == message.Year, context.CancellationToken);
        if (year is null)
        {
            year = new LoadedCalendarYear { Year = message.Year };
            years.Add(year);
        }
        year.Days = message.Days.ToList();

        var others = await years.AsNoTracking()
            .Where(y => y.Year != message.Year)
            .ToListAsync(context.CancellationToken);
        var changed = CalendarHolder.Build(FollowedCalendar.Years(others.Append(year)));
        await RecomputeAsync(changed, context.CancellationToken);
        calendar.Use(changed);
    }

    /// <summary>
    /// Recompute the open deadlines with <paramref name="calendar"/> on <c>Db</c> (do not call SaveChanges).
    /// </summary>
    protected abstract Task RecomputeAsync(WorkingDayCalendar calendar, CancellationToken cancellationToken);
}
