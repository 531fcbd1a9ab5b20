using Platform.WorkingDays;

namespace Platform.Catalogue.Calendar;

/// <summary>The catalogue's calendar: the built-in national data plus the years administrators loaded here.</summary>
public sealed class CatalogueCalendar : CalendarHolder;
