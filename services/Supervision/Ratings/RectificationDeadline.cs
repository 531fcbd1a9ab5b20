using Platform.WorkingDays;

namespace Platform.Supervision.Ratings;

/// <summary>
/// A 差评's rectification is due Supervision:RectificationWorkingDays (default 5) working days after it was opened, and
/// overdue once a working day after that has begun (<see cref="Deadlines.IsLate"/>).
/// </summary>
public static class RectificationDeadline
{
    public static Deadline For(WorkingDayCalendar calendar, IConfiguration configuration, DateOnly opened) =>
        Deadlines.Due(calendar, opened, configuration.GetValue("Supervision:RectificationWorkingDays", 5));

    public static bool IsOverdue(Rectification item, DateOnly today, WorkingDayCalendar calendar) =>
        item.ClosedDate is null && Deadlines.IsLate(calendar, item.DeadlineDate, today);
}
