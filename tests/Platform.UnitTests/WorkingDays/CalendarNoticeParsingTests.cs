using Platform.WorkingDays;

namespace Platform.UnitTests.WorkingDays;

public sealed class CalendarNoticeParsingTests
{
    [Fact]
    public void A_holiday_name_longer_than_the_limit_is_refused_with_its_place_in_the_file()
    {
        var longName = new string('节', CalendarData.MaxNameLength + 1);
        var json = $$"""{"year":2030,"days":[{"name":"元旦","date":"2030-01-01","isOffDay":true},{"name":"{{longName}}","date":"2030-10-01","isOffDay":true}]}""";

        CalendarData.ParseHolidayCn(json, 2030, out var errors);

        Assert.Equal([$"days[1].name 超过 {CalendarData.MaxNameLength} 个字符。"], errors);
    }

    [Fact]
    public void Names_within_the_limit_are_kept()
    {
        var json = """{"year":2030,"days":[{"name":"国庆节、中秋节","date":"2030-10-01","isOffDay":true}]}""";

        var year = CalendarData.ParseHolidayCn(json, 2030, out var errors);

        Assert.Empty(errors);
        Assert.Equal("国庆节、中秋节", Assert.Single(year.Days).Name);
    }
}
