namespace Platform.Catalogue.Calendar;

public sealed record CalendarYearsResponse(string Region, string Version, IReadOnlyList<int> Years);
