using Platform.WorkingDays;

namespace Platform.UnitTests.WorkingDays;

public sealed class WorkingDayCalendarTests
{
    static readonly WorkingDayCalendar Calendar = CalendarData.National();
    static DateOnly D(string text) => DateOnly.Parse(text);

    [Fact]
    public void Every_day_of_2019_to_2026_agrees_with_the_notices()
    {
        var named = HolidayCnReference.AllNamedDays();
        var checkedDays = 0;
        for (var date = D("2019-01-01"); date <= D("2026-12-31"); date = date.AddDays(1))
        {
            var day = Calendar.Describe(date);
            var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            if (named.TryGetValue(date, out var notice))
            {
                Assert.Equal(notice.IsOffDay ? DayKind.Holiday : DayKind.MakeupWorkday, day.Kind);
                Assert.Equal(notice.Name, day.Name);
                Assert.Equal(!notice.IsOffDay, day.IsWorkingDay);
            }
            else
            {
                Assert.Equal(weekend ? DayKind.Weekend : DayKind.Workday, day.Kind);
                Assert.Null(day.Name);
                Assert.Equal(!weekend, day.IsWorkingDay);
            }
            Assert.Equal(day.IsWorkingDay, Calendar.IsWorkingDay(date));
            checkedDays++;
        }
        Assert.Equal(2922, checkedDays);
    }

    [Theory]
    [InlineData("2025-09-30", 3, "2025-10-11")]
    [InlineData("2025-09-30", 0, "2025-09-30")]
    [InlineData("2025-09-30", 1, "2025-10-09")]
    [InlineData("2025-10-11", 1, "2025-10-13")]
    [InlineData("2024-12-31", 1, "2025-01-02")]
    [InlineData("2025-01-24", 1, "2025-01-26")]
    public void AddWorkingDays_follows_design_section_4(string from, int days, string expected) =>
        Assert.Equal(D(expected), Calendar.AddWorkingDays(D(from), days));

    [Theory]
    [InlineData("2025-09-30", "2025-10-11", 3)]
    [InlineData("2025-06-06", "2025-06-09", 1)]
    [InlineData("2025-06-06", "2025-06-06", 0)]
    [InlineData("2025-10-01", "2025-10-08", 0)]
    [InlineData("2024-12-31", "2025-01-02", 1)]
    [InlineData("2025-10-11", "2025-09-30", -3)]
    public void WorkingDaysBetween_counts_days_after_the_first_up_to_the_last(string from, string to, int expected) =>
        Assert.Equal(expected, Calendar.WorkingDaysBetween(D(from), D(to)));

    [Fact]
    public void Between_and_add_agree_with_counting_day_by_day()
    {
        var random = new Random(20251001);
        for (var i = 0; i < 2000; i++)
        {
            var from = D("2019-01-01").AddDays(random.Next(0, 2800));
            var to = from.AddDays(random.Next(0, 120));
            var naive = 0;
            for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
            {
                if (Calendar.IsWorkingDay(d)) naive++;
            }
            Assert.Equal(naive, Calendar.WorkingDaysBetween(from, to));

            var n = random.Next(1, 60);
            var added = Calendar.AddWorkingDays(from, n);
            Assert.True(Calendar.IsWorkingDay(added));
            Assert.Equal(n, Calendar.WorkingDaysBetween(from, added));
            Assert.Equal(n - 1, Calendar.WorkingDaysBetween(from, added.AddDays(-1)));
        }
    }

    [Fact]
    public void A_year_without_data_is_an_error_not_a_guess()
    {
        var before = Assert.Throws<CalendarYearMissingException>(() => Calendar.IsWorkingDay(D("2018-12-28")));
        Assert.Equal(2018, before.Year);
        Assert.Throws<CalendarYearMissingException>(() => Calendar.Describe(D("2027-03-01")));
        Assert.Throws<CalendarYearMissingException>(() => Calendar.WorkingDaysBetween(D("2026-12-01"), D("2027-01-05")));
        Assert.Throws<CalendarYearMissingException>(() => Calendar.AddWorkingDays(D("2026-12-20"), 30));
    }

    [Fact]
    public void Loading_a_year_extends_the_calendar_under_a_new_version()
    {
        var notice = new CalendarYear(2027, [new SpecialDay(D("2027-01-01"), "元旦", true), new SpecialDay(D("2026-12-31"), "元旦", true)]);
        var extended = Calendar.WithYear(notice);

        Assert.NotEqual(Calendar.Version, extended.Version);
        Assert.Equal(extended.Version, Calendar.WithYear(notice).Version);
        Assert.Equal(D("2027-01-04"), extended.AddWorkingDays(D("2026-12-30"), 1));
        Assert.Equal(DayKind.Holiday, extended.Describe(D("2026-12-31")).Kind);
        Assert.Throws<CalendarYearMissingException>(() => Calendar.Describe(D("2027-01-01")));
    }

    [Fact]
    public void A_holiday_cn_file_parses_to_the_same_calendar_as_the_built_in_data()
    {
        var year = CalendarData.ParseHolidayCn(HolidayCnReference.YearFile(2025), 2025, out var errors);

        Assert.Empty(errors);
        Assert.Equal(Calendar.Version, Calendar.WithYear(year).Version);
    }

    [Fact]
    public void A_bad_holiday_cn_file_reports_every_problem()
    {
        const string json = """{"year":2026,"days":[{"name":"元旦","date":"2027-13-01","isOffDay":true},{"date":"2027-02-01","isOffDay":"yes"},{"name":"春节","date":"2030-02-01","isOffDay":true}]}""";

        CalendarData.ParseHolidayCn(json, 2027, out var errors);

        Assert.Equal(5, errors.Count);
        Assert.Contains(errors, e => e.Contains("2026") && e.Contains("2027"));
        Assert.Contains(errors, e => e.Contains("days[0].date"));
        Assert.Contains(errors, e => e.Contains("days[1].name"));
        Assert.Contains(errors, e => e.Contains("days[1].isOffDay"));
        Assert.Contains(errors, e => e.Contains("days[2].date"));
    }
}
