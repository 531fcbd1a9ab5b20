namespace Platform.Catalogue.Calendar;

/// <summary>A day's warning to administrators that a year's holiday notice is still missing (one row a day).</summary>
public sealed class CalendarNoticeAlert
{
    public DateOnly Date { get; set; }
    public int MissingYear { get; set; }
    public required string Message { get; set; }
    public DateTimeOffset RaisedAt { get; set; }
}
