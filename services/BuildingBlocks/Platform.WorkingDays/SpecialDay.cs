namespace Platform.WorkingDays;

/// <summary>A date the State Council notice names: a holiday (IsOffDay) or a make-up working day (调休上班).</summary>
public sealed record SpecialDay(DateOnly Date, string Name, bool IsOffDay);
