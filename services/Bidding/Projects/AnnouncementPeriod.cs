using Platform.WorkingDays;

namespace Platform.Bidding.Projects;

/// <summary>
/// The earliest bid deadline the law allows for an announcement (or a late amendment) made at a moment: 20 calendar
/// days for an open tender, 3 working days for inquiry and negotiation, configurable.
/// </summary>
static class AnnouncementPeriod
{
    public static DateTimeOffset Earliest(string procedure, DateTimeOffset from, BiddingOptions options,
        WorkingDayCalendar calendar) => procedure switch
        {
            Procedures.OpenTender => from.AddDays(options.OpenTenderCalendarDays),
            Procedures.Inquiry or Procedures.Negotiation => SameTimeOn(from,
                Deadlines.Due(calendar, HallTime.DateOf(from), options.InquiryWorkingDays).Date),
            _ => from.AddDays(options.OtherCalendarDays),
        };

    public static string Describe(string procedure, BiddingOptions options) => procedure switch
    {
        Procedures.OpenTender => $"公开招标自公告发布至投标截止不得少于 {options.OpenTenderCalendarDays} 日",
        Procedures.Inquiry or Procedures.Negotiation => $"询价、竞争性谈判自公告发布至截止不得少于 {options.InquiryWorkingDays} 个工作日",
        _ => $"自公告发布至截止不得少于 {options.OtherCalendarDays} 日",
    };

    static DateTimeOffset SameTimeOn(DateTimeOffset from, DateOnly day)
    {
        var local = from.ToOffset(TimeSpan.FromHours(8));
        return new DateTimeOffset(day.ToDateTime(TimeOnly.FromDateTime(local.DateTime)), local.Offset);
    }
}
