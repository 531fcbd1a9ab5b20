namespace Platform.WorkingDays;

/// <summary>
/// When an open clock turns yellow: at most <paramref name="WorkingDaysLeft"/> working days before its due date, or
/// (when set) once <paramref name="ShareUsed"/> of its limit is used.
/// </summary>
public sealed record YellowRule(int WorkingDaysLeft, double? ShareUsed = null);
