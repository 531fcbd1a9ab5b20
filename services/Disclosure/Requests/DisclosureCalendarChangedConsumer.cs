using Microsoft.EntityFrameworkCore;
using Platform.Disclosure.Calendar;
using Platform.Disclosure.Data;
using Platform.Disclosure.Publications;
using Platform.WorkingDays;
using Platform.WorkingDays.Following;

namespace Platform.Disclosure.Requests;

/// <summary>
/// A calendar change moves the deadlines still running: open requests' reply dates and unpublished items' publish-by
/// dates are recomputed with the new calendar (each request records the calendar version it used).
/// </summary>
public sealed class DisclosureCalendarChangedConsumer(DisclosureDbContext db, DisclosureCalendar calendar)
    : CalendarChangedConsumer<DisclosureDbContext, DisclosureCalendar>(db, calendar)
{
    protected override async Task RecomputeAsync(WorkingDayCalendar calendar, CancellationToken cancellationToken)
    {
        var open = await Db.Requests.Where(r => r.Status == RequestStatus.Open).ToListAsync(cancellationToken);
        foreach (var request in open)
        {
            RequestClock.Recompute(request, calendar);
        }
        var pending = await PublicationDeadlines.Pending(Db.Publications).ToListAsync(cancellationToken);
        foreach (var publication in pending)
        {
            PublicationDeadlines.Redate(publication, calendar);
        }
    }
}
