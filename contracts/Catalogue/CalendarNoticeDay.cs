namespace Platform.Contracts.Catalogue;

/// <summary>A day a holiday notice names: a holiday (IsOffDay) or a make-up working day.</summary>
public sealed record CalendarNoticeDay(DateOnly Date, string Name, bool IsOffDay);
