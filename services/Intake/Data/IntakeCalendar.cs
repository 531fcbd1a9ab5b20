using Platform.WorkingDays;

namespace Platform.Intake.Data;

/// <summary>
/// Intake's own calendar (in the standalone host the catalogue keeps another: each learns years its own way).
/// It sits beside the context that stores its years, below the features that count working days with it.
/// </summary>
public sealed class IntakeCalendar : CalendarHolder;
