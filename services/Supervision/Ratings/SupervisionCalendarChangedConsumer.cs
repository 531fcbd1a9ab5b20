using Microsoft.EntityFrameworkCore;
using Platform.Supervision.Calendar;
using Platform.Supervision.Data;
using Platform.WorkingDays;
using Platform.WorkingDays.Following;

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
        foreach (var item in await Db.Rectifications.Where(r => r.ClosedDate == null).ToListAsync(cancellationToken))
        {
            var deadline = RectificationDeadline.For(calendar, configuration, item.OpenedDate);
            item.DeadlineDate = deadline.Date;
            item.DeadlineProvisional = deadline.Provisional;
        }
    }
}
