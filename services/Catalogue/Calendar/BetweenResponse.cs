namespace Platform.Catalogue.Calendar;

public sealed record BetweenResponse(int WorkingDays);
