namespace Platform.WorkingDays;

/// <summary>One date as the calendar describes it.</summary>
public sealed record CalendarDay(DateOnly Date, bool IsWorkingDay, DayKind Kind, string? Name);
