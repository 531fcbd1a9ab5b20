namespace Platform.Supervision.Feed;

/// <summary>A change the dashboards should show: Kind is accepted, completed, rated, suspended-or-extended.</summary>
public sealed record FeedEvent(string Kind, string CaseNo, string? DepartmentCode, DateTimeOffset At);
