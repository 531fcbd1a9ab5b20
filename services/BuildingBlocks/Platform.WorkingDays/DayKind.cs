namespace Platform.WorkingDays;

/// <summary>What a date is in the official calendar.</summary>
public enum DayKind
{
    Workday,
    Weekend,
    Holiday,
    MakeupWorkday,
}
