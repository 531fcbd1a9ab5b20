using Platform.WorkingDays;

namespace Platform.Bidding.Calendar;

/// <summary>The trading centre's calendar (announcement periods of 询价 and 竞争性谈判 count working days).</summary>
public sealed class BiddingCalendar : CalendarHolder;
