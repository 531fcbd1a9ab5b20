namespace Platform.WorkingDays;

/// <summary>
/// A number of working days; provisional when it counted a year without a holiday notice (weekends only).
/// </summary>
public readonly record struct WorkingDayCount(int Days, bool Provisional);
