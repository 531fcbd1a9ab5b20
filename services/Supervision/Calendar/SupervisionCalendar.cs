using Platform.WorkingDays;

namespace Platform.Supervision.Calendar;

/// <summary>
/// Supervision's own calendar (the built-in national data; see the closing note on calendar changes).
/// </summary>
public sealed class SupervisionCalendar : CalendarHolder;
