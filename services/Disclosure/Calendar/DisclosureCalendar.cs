using Platform.WorkingDays;

namespace Platform.Disclosure.Calendar;

/// <summary>
/// Disclosure's working-day calendar: the built-in national data plus the years the catalogue loaded since.
/// </summary>
public sealed class DisclosureCalendar : CalendarHolder;
