using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Platform.ServiceDefaults.Calendar;
using Platform.Supervision.Calendar;
using Platform.Supervision.Data;
using Platform.WorkingDays;

namespace Platform.Supervision.Ratings;

/// <summary>
/// Supervision follows the calendar for what it computes itself: warnings count working days with it, and open
/// rectification items get their deadlines recomputed. Cases' due dates come from intake (CaseDueDateChanged).
/// </summary>
public sealed class SupervisionCalendarChangedConsumer(SupervisionDbContext db, SupervisionCalendar calendar,
    IConfiguration configuration) : CalendarChangedConsumer<SupervisionDbContext, SupervisionCalendar>(db, calendar)
{
    protected override async Task RecomputeAsync(WorkingDayCalendar calendar, CancellationToken cancellationToken)
    {
        var days = configuration.GetValue("Supervision:RectificationWorkingDays", 5);
        foreach (var item in await Db.Rectifications.Where(r => r.ClosedDate == null).ToListAsync(cancellationToken))
        {
            item.DeadlineDate = calendar.AddWorkingDays(item.OpenedDate, days);
        }
    }
}
