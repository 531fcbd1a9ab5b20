namespace Platform.Catalogue.Calendar;

public sealed record AddResponse(DateOnly Date);
