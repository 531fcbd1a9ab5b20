using Platform.Intake.Data;
using Platform.ServiceDefaults.Calendar;
using Platform.WorkingDays;

namespace Platform.Intake.Calendar;

/// <summary>Intake's own calendar (in the standalone host the catalogue keeps another: each learns years its own way).</summary>
public sealed class IntakeCalendar : CalendarHolder;

/// <summary>A calendar change recomputes open cases' due dates (DESIGN §4); each records the new calendar version.</summary>
public sealed class CalendarChangedConsumer(IntakeDbContext db, IntakeCalendar calendar)
    : CalendarChangedConsumer<IntakeDbContext, IntakeCalendar>(db, calendar)
{
    protected override Task RecomputeAsync(WorkingDayCalendar calendar, CancellationToken cancellationToken) =>
        Cases.CaseClock.RecomputeOpenCasesAsync(Db, calendar, cancellationToken);
}
