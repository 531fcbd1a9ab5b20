using Platform.WorkingDays;

namespace Platform.Catalogue.Calendar;

public sealed record CalendarDayResponse(DateOnly Date, bool IsWorkingDay, DayKind Kind, string? Name);
