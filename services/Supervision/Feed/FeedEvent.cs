namespace Platform.Supervision.Feed;

/// <summary>
/// A change the dashboards should show: Kind is accepted, completed, rated, suspended-or-extended, or imported (a
/// slice of imported history was counted; CaseNo is its first case, DepartmentCode null).
/// </summary>
public sealed record FeedEvent(string Kind, string CaseNo, string? DepartmentCode, DateTimeOffset At);
