using Platform.WorkingDays;

namespace Platform.Approval.Calendar;

/// <summary>Approval's own calendar, learnt from the catalogue's events like every service's.</summary>
public sealed class ApprovalCalendar : CalendarHolder;
