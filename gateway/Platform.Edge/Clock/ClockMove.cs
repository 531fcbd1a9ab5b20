namespace Platform.Edge.Clock;

/// <summary>The body of PUT /api/admin/clock: the hall time to move to, ISO 8601 with its offset.</summary>
public sealed record ClockMove(string? Now);
