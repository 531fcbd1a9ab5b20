namespace Platform.WorkingDays;

/// <summary>
/// "Now" for the hall's business clocks (acceptance, suspension, completion). A type of its own rather than the
/// shared TimeProvider, so a test can move the hall's day without moving token lifetimes or message timestamps.
/// </summary>
public class HallClock : TimeProvider
{
    public DateTimeOffset Now => GetUtcNow();
}
