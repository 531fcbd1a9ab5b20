using Platform.WorkingDays;

namespace Platform.Disclosure;

/// <summary>
/// Disclosure's working-day calendar: the built-in national data plus the years the catalogue loaded since.
/// </summary>
public sealed class DisclosureCalendar : CalendarHolder;
