namespace Platform.Edge.Clock;

/// <summary>The hall's "now" (UTC+8), and whether an administrator may move it (Clock:Adjustable).</summary>
public sealed record ClockReading(DateTimeOffset Now, bool Adjustable);
