namespace Platform.Bidding.Public;

/// <summary>The hall's "now" (+08:00), for countdowns to bid deadlines and key deadlines.</summary>
public sealed record HallClockReading(DateTimeOffset Now);
