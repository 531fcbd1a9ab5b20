using Platform.Intake.Calendar;
using Platform.Intake.Data;
using Platform.WorkingDays;
using Platform.WorkingDays.Following;

namespace Platform.Intake.Cases;

/// <summary>
/// A calendar change recomputes open cases' due dates (DESIGN §4): provisional ones become real, each records the
/// new calendar version. It lives with the cases it changes, so the Calendar folder depends on nothing.
/// </summary>
public sealed class CalendarChangedConsumer(IntakeDbContext db, IntakeCalendar calendar)
    : CalendarChangedConsumer<IntakeDbContext, IntakeCalendar>(db, calendar)
{
    protected override Task RecomputeAsync(WorkingDayCalendar calendar, CancellationToken cancellationToken) =>
        CaseClock.RecomputeOpenCasesAsync(Db, calendar, cancellationToken);
}
