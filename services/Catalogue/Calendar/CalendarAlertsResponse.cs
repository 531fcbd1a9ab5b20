namespace Platform.Catalogue.Calendar;

/// <summary>The notice administrators must load now (null when none), and the daily warnings raised so far.</summary>
public sealed record CalendarAlertsResponse(int? MissingYear, IReadOnlyList<CalendarNoticeAlert> Alerts);
