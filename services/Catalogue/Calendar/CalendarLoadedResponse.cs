namespace Platform.Catalogue.Calendar;

public sealed record CalendarLoadedResponse(string Region, int Year, string Version, int Holidays, int MakeupWorkdays);
