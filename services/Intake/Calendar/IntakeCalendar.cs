using Platform.WorkingDays;

namespace Platform.Intake.Calendar;

/// <summary>
/// Intake's own calendar (in the standalone host the catalogue keeps another: each learns years its own way).
/// Every service keeps its holder here: &lt;Service&gt;/Calendar/&lt;Service&gt;Calendar.cs.
/// </summary>
public sealed class IntakeCalendar : CalendarHolder;
