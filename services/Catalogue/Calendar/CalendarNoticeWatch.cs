using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Catalogue.Data;
using Platform.ServiceDefaults.Jobs;
using Platform.WorkingDays;

namespace Platform.Catalogue.Calendar;

/// <summary>
/// DESIGN §4: from 1 November administrators are warned every day that next year's holiday notice is missing (and
/// that this year's is, should a year begin without one). Clocks keep running on provisional dates meanwhile; the
/// warning is logged and kept once a day for <c>GET /api/catalogue/calendar/alerts</c>.
/// </summary>
sealed class CalendarNoticeWatch(IServiceScopeFactory scopes, CatalogueCalendar calendar, HallClock clock,
    IOptions<CatalogueOptions> options, ILogger<CalendarNoticeWatch> logger)
    : PeriodicJob<CatalogueDbContext>(scopes, logger)
{
    protected override TimeSpan Interval => options.Value.NoticeWatchInterval;

    protected override bool RunsAtStart => true;

    protected override async Task RunAsync(CatalogueDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.Now;
        var today = HallTime.DateOf(now);
        if (Deadlines.NoticeMissing(calendar.Current, today) is not { } year
            || await db.CalendarNoticeAlerts.AnyAsync(a => a.Date == today, cancellationToken))
        {
            return;
        }
        var message = $"{year} 年的节假日安排通知尚未导入：跨入 {year} 年的办理期限暂按周末推算（临时日期），"
            + $"请尽快通过 PUT /api/catalogue/calendar/years/{year} 导入国务院办公厅通知。";
        db.CalendarNoticeAlerts.Add(
            new CalendarNoticeAlert { Date = today, MissingYear = year, Message = message, RaisedAt = now });
        await db.SaveChangesAsync(cancellationToken);
        logger.LogWarning("The holiday notice of {Year} is missing; deadlines reaching it are provisional", year);
    }
}
