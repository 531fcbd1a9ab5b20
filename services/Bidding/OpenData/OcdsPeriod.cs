namespace Platform.Bidding.OpenData;

/// <summary>A period between two instants (tenderPeriod: the announcement to the bid deadline).</summary>
public sealed record OcdsPeriod(DateTimeOffset StartDate, DateTimeOffset EndDate);
