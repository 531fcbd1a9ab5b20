namespace Platform.WorkingDays;

/// <summary>
/// Every deadline rule of the platform, in one place (DESIGN §4 and §5), so that a case, a disclosure request, a
/// publication and a rectification item are late by the same rule. All counts are in working days of the hall's
/// calendar and never refuse: a year without a notice is counted from weekends and the result is provisional.
/// </summary>
public static class Deadlines
{
    /// <summary>A proactive publication is due on the web within 20 working days of its creation.</summary>
    public const int PublicationWorkingDays = 20;

    /// <summary>
    /// Due by the end of the n-th working day after <paramref name="start"/> (n = 0: the start day itself).
    /// </summary>
    public static Deadline Due(WorkingDayCalendar calendar, DateOnly start, int workingDays) =>
        calendar.DueDate(start, workingDays);

    /// <summary>The date by which a publication created on <paramref name="created"/> must be published.</summary>
    public static Deadline PublishBy(WorkingDayCalendar calendar, DateOnly created) =>
        Due(calendar, created, PublicationWorkingDays);

    /// <summary>
    /// Working days used from <paramref name="start"/> to <paramref name="end"/>, less the stopped ones, never below 0.
    /// </summary>
    public static WorkingDayCount Used(
        WorkingDayCalendar calendar, DateOnly start, DateOnly end, int stoppedWorkingDays = 0)
    {
        var between = calendar.CountWorkingDays(start, end);
        return between with { Days = Math.Max(0, between.Days - stoppedWorkingDays) };
    }

    /// <summary>The working days a clock stood still over the periods (provisional where it must be).</summary>
    public static WorkingDayCount Stopped(WorkingDayCalendar calendar, IEnumerable<StoppedPeriod> periods)
    {
        var counts = periods.Select(p => Used(calendar, p.From, p.To)).ToList();
        return new WorkingDayCount(counts.Sum(c => c.Days), counts.Any(c => c.Provisional));
    }

    /// <summary>
    /// Late (red, overdue) once a working day after the due date has begun: a due date just before a holiday is not
    /// late while the hall is closed.
    /// </summary>
    public static bool IsLate(WorkingDayCalendar calendar, DateOnly due, DateOnly today) =>
        today > due && calendar.CountWorkingDays(due, today).Days >= 1;

    /// <summary>
    /// The same rule as a bound for a query: on <paramref name="today"/> exactly the due dates before the returned
    /// date are late (it is the last working day up to today).
    /// </summary>
    public static DateOnly LateWhenDueBefore(WorkingDayCalendar calendar, DateOnly today)
    {
        var day = today;
        // A longer run of days off than any notice declares would mean a broken calendar; stop looking there.
        for (var step = 0; step < 60 && calendar.CountWorkingDays(day.AddDays(-1), day).Days == 0; step++)
        {
            day = day.AddDays(-1);
        }
        return day;
    }

    /// <summary>
    /// The latest due date that is yellow today under <paramref name="rule"/>'s days-left part (for a query).
    /// </summary>
    public static DateOnly YellowHorizon(WorkingDayCalendar calendar, DateOnly today, YellowRule rule) =>
        calendar.DueDate(today, rule.WorkingDaysLeft).Date;

    /// <summary>
    /// The colour of an open clock started on <paramref name="start"/> and due on <paramref name="due"/>: red once it
    /// is late; yellow when past due but not yet late (only days off since), when at most the rule's working days are
    /// left, or when the rule's share of the limit is used; none before the start and for a zero limit (an instant
    /// matter).
    /// </summary>
    public static DeadlineLevel Level(
        WorkingDayCalendar calendar, DateOnly start, DateOnly due, DateOnly today, YellowRule rule)
    {
        if (today < start)
        {
            return DeadlineLevel.None;
        }
        if (today > due)
        {
            return IsLate(calendar, due, today) ? DeadlineLevel.Red : DeadlineLevel.Yellow;
        }
        var limit = calendar.CountWorkingDays(start, due).Days;
        if (limit == 0)
        {
            return DeadlineLevel.None;
        }
        var left = calendar.CountWorkingDays(today, due).Days;
        var used = calendar.CountWorkingDays(start, today).Days;
        var yellow = left <= rule.WorkingDaysLeft || (rule.ShareUsed is { } share && (double)used / limit >= share);
        return yellow ? DeadlineLevel.Yellow : DeadlineLevel.None;
    }

    /// <summary>
    /// The year whose holiday notice administrators must load now: this year's when missing, and from 1 November next
    /// year's (clocks started in December already reach into it). Null when nothing is missing.
    /// </summary>
    public static int? NoticeMissing(WorkingDayCalendar calendar, DateOnly today)
    {
        if (!calendar.HasYear(today.Year))
        {
            return today.Year;
        }
        return today.Month >= 11 && !calendar.HasYear(today.Year + 1) ? today.Year + 1 : null;
    }
}
