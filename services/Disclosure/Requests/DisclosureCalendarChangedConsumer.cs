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
public sealed class DisclosureCalendarChangedConsumer(DisclosureDbContext db, DisclosureCalendar calendar,
    HallClock clock) : CalendarChangedConsumer<DisclosureDbContext, DisclosureCalendar>(db, calendar)
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
        // Warnings raised on a provisional date the notice has moved no longer say anything true: cleared (the watch
        // warns again on the real date, a warning being kept per subject, level and due date).
        var dueDates = open.Where(r => r.DueDate is not null).Select(r => ("request", r.RequestNo, r.DueDate!.Value))
            .Concat(pending.Select(p => ("publication", p.IndexNo, p.PublishDueDate)))
            .ToDictionary(d => (d.Item1, d.Item2), d => d.Item3);
        var provisional = await Db.Warnings.Where(w => w.ClearedAt == null && w.DueDateProvisional)
            .ToListAsync(cancellationToken);
        foreach (var warning in provisional.Where(w =>
            !dueDates.TryGetValue((w.Subject, w.SubjectId), out var due) || due != w.DueDate))
        {
            warning.ClearedAt = clock.Now;
        }
    }
}
