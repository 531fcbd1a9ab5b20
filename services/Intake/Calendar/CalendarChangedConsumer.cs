using Platform.Intake.Cases;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Calendar;
using Platform.WorkingDays;

namespace Platform.Intake.Calendar;

/// <summary>
/// A calendar change recomputes open cases' due dates (DESIGN §4); each records the new calendar version.
/// It stays in this namespace: the bus names its queue after it.
/// </summary>
public sealed class CalendarChangedConsumer(IntakeDbContext db, IntakeCalendar calendar)
    : CalendarChangedConsumer<IntakeDbContext, IntakeCalendar>(db, calendar)
{
    protected override Task RecomputeAsync(WorkingDayCalendar calendar, CancellationToken cancellationToken) =>
        CaseClock.RecomputeOpenCasesAsync(Db, calendar, cancellationToken);
}
