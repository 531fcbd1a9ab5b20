using Platform.WorkingDays;

namespace Platform.UnitTests.WorkingDays;

/// <summary>
/// Every deadline rule of <see cref="Deadlines"/> across the 2025 National Day holiday (10-01…10-08 off, Sunday
/// 09-28 and Saturday 10-11 make-up working days) and across the end of 2026, when 2027 has no notice yet.
/// </summary>
public sealed class DeadlinesTests
{
    static readonly WorkingDayCalendar Calendar = CalendarData.National();
    static readonly YellowRule OneDayOrFourFifths = new(1, 0.8);

    static DateOnly D(string text) => DateOnly.Parse(text);

    [Theory]
    [InlineData("2025-09-30", 3, "2025-10-11")]
    [InlineData("2025-09-26", 1, "2025-09-28")]
    [InlineData("2025-09-30", 0, "2025-09-30")]
    public void Due_date_counts_working_days_after_the_start(string start, int days, string expected)
    {
        var due = Deadlines.Due(Calendar, D(start), days);

        Assert.Equal(new Deadline(D(expected), Provisional: false), due);
    }

    [Fact]
    public void Publish_by_is_twenty_working_days_after_creation()
    {
        // 09-25 → 09-26, 28, 29, 30 (4), 10-09, 10, 11 (7), 13-17 (12), 20-24 (17), 27-29 (20).
        Assert.Equal(new Deadline(D("2025-10-29"), false), Deadlines.PublishBy(Calendar, D("2025-09-25")));
    }

    [Fact]
    public void Working_days_used_leave_out_the_stopped_days_and_never_go_below_zero()
    {
        Assert.Equal(new WorkingDayCount(4, false), Deadlines.Used(Calendar, D("2025-09-26"), D("2025-10-09")));
        Assert.Equal(new WorkingDayCount(1, false), Deadlines.Used(Calendar, D("2025-09-26"), D("2025-10-09"), 3));
        Assert.Equal(new WorkingDayCount(0, false), Deadlines.Used(Calendar, D("2025-09-26"), D("2025-10-09"), 9));
    }

    [Theory]
    [InlineData("2025-09-30", "2025-09-30", false)]
    [InlineData("2025-09-30", "2025-10-01", false)] // the holiday begins: the hall is closed, nothing is late yet
    [InlineData("2025-09-30", "2025-10-08", false)]
    [InlineData("2025-09-30", "2025-10-09", true)] // the first working day after the due date
    [InlineData("2025-09-26", "2025-09-27", false)] // an ordinary Saturday
    [InlineData("2025-09-26", "2025-09-28", true)] // a make-up Sunday is a working day
    public void Late_once_a_working_day_after_the_due_date_has_begun(string due, string today, bool late)
    {
        Assert.Equal(late, Deadlines.IsLate(Calendar, D(due), D(today)));
        // The query form of the rule agrees: late exactly when the due date is before the bound.
        Assert.Equal(late, D(due) < Deadlines.LateWhenDueBefore(Calendar, D(today)));
    }

    [Theory]
    [InlineData("2025-09-22", "2025-09-30", "2025-09-21", DeadlineLevel.None)] // before the start
    [InlineData("2025-09-22", "2025-10-10", "2025-09-26", DeadlineLevel.None)] // 4 of 9 used, 5 left
    [InlineData("2025-09-22", "2025-10-10", "2025-09-30", DeadlineLevel.None)] // 7 of 9 used (0.78), 2 left
    [InlineData("2025-09-22", "2025-10-10", "2025-10-08", DeadlineLevel.None)] // holidays change nothing
    [InlineData("2025-09-22", "2025-10-10", "2025-10-09", DeadlineLevel.Yellow)] // 1 left
    [InlineData("2025-09-22", "2025-10-10", "2025-10-10", DeadlineLevel.Yellow)] // the due date itself
    [InlineData("2025-09-22", "2025-09-30", "2025-10-05", DeadlineLevel.Yellow)] // past due, only holidays since
    [InlineData("2025-09-22", "2025-09-30", "2025-10-09", DeadlineLevel.Red)]
    [InlineData("2025-09-30", "2025-09-30", "2025-09-30", DeadlineLevel.None)] // an instant matter: no limit
    public void Level_is_red_when_late_and_yellow_near_the_due_date(string start, string due, string today, DeadlineLevel expected)
    {
        Assert.Equal(expected, Deadlines.Level(Calendar, D(start), D(due), D(today), OneDayOrFourFifths));
    }

    [Theory]
    [InlineData("2025-10-08", DeadlineLevel.None)] // 2 working days left: 10-09, 10-10
    [InlineData("2025-10-09", DeadlineLevel.Yellow)] // 1 left
    [InlineData("2025-10-10", DeadlineLevel.Yellow)] // the due date itself
    public void At_most_the_rules_working_days_left_turn_a_clock_yellow_without_a_share(string today, DeadlineLevel expected)
    {
        Assert.Equal(expected, Deadlines.Level(Calendar, D("2025-09-22"), D("2025-10-10"), D(today), new YellowRule(1)));
    }

    [Fact]
    public void The_share_of_the_limit_used_turns_a_clock_yellow_when_the_rule_has_one()
    {
        // 09-22 → 10-17: limit 15 (the make-up days count); on 10-13, 11 used (0.73); on 10-14, 12 used (0.8), 3 left.
        Assert.Equal(DeadlineLevel.None, Deadlines.Level(Calendar, D("2025-09-22"), D("2025-10-17"), D("2025-10-13"), OneDayOrFourFifths));
        Assert.Equal(DeadlineLevel.Yellow, Deadlines.Level(Calendar, D("2025-09-22"), D("2025-10-17"), D("2025-10-14"), OneDayOrFourFifths));
        Assert.Equal(DeadlineLevel.None, Deadlines.Level(Calendar, D("2025-09-22"), D("2025-10-17"), D("2025-10-14"), new YellowRule(1)));
    }

    [Fact]
    public void Yellow_horizon_is_the_latest_due_date_within_the_days_left()
    {
        Assert.Equal(D("2025-10-11"), Deadlines.YellowHorizon(Calendar, D("2025-09-30"), new YellowRule(3)));
    }

    [Fact]
    public void A_clock_that_runs_into_a_year_without_a_notice_gets_a_provisional_date_from_weekends()
    {
        // December 2026 after the 10th: 15 working days; 2027 counted from weekends only: Fri 01-01, Mon 01-04 … Thu 01-07.
        var due = Deadlines.Due(Calendar, D("2026-12-10"), 20);

        Assert.Equal(new Deadline(D("2027-01-07"), Provisional: true), due);
        Assert.Throws<CalendarYearMissingException>(() => Calendar.AddWorkingDays(D("2026-12-10"), 20));
        Assert.Equal(new WorkingDayCount(16, true), Calendar.CountWorkingDays(D("2026-12-10"), D("2027-01-01")));
        Assert.False(Deadlines.IsLate(Calendar, D("2027-01-08"), D("2027-01-10"))); // a weekend, provisionally
        Assert.True(Deadlines.IsLate(Calendar, D("2027-01-08"), D("2027-01-11")));
    }

    [Fact]
    public void The_notice_re_dates_a_provisional_deadline()
    {
        var notice = new CalendarYear(2027, [new SpecialDay(D("2027-01-01"), "元旦", true)]);
        var withNotice = Calendar.WithYear(notice);

        Assert.Equal(new Deadline(D("2027-01-08"), Provisional: false), Deadlines.Due(withNotice, D("2026-12-10"), 20));
        Assert.NotEqual(Calendar.Version, withNotice.Version);
    }

    [Theory]
    [InlineData("2026-10-31", null)]
    [InlineData("2026-11-01", 2027)] // from 1 November the coming year's notice is asked for every day
    [InlineData("2026-12-02", 2027)]
    [InlineData("2027-01-05", 2027)] // and this year's, while it is still missing
    [InlineData("2025-11-20", null)]
    public void Administrators_are_warned_from_1_November_that_next_years_notice_is_missing(string today, int? missing)
    {
        Assert.Equal(missing, Deadlines.NoticeMissing(Calendar, D(today)));
    }
}
