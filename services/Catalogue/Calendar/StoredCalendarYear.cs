using Platform.WorkingDays;

namespace Platform.Catalogue.Calendar;

/// <summary>A year's notice an administrator loaded; it overrides the built-in data for that year.</summary>
public sealed class StoredCalendarYear
{
    public int Id { get; set; }
    public required string Region { get; set; }
    public int Year { get; set; }
    public List<SpecialDay> Days { get; set; } = [];
    public required string CalendarVersion { get; set; }
    public DateTimeOffset LoadedAt { get; set; }
    public string? LoadedBy { get; set; }
}
