namespace Platform.WorkingDays;

/// <summary>
/// An administrator moved the hall clock of a training or test installation forward (Clock:Adjustable). The clock's
/// building block owns this event, as it owns <see cref="CalendarChanged"/>: the edge that served the call publishes
/// it and every process of the hall follows. Offset (hall time minus real time) rather than Now is what a follower
/// applies, so the time the message spent on the way does not shift its clock; Now is the moment as it was asked for.
/// </summary>
public sealed record HallClockMoved(DateTimeOffset Now, TimeSpan Offset, DateTimeOffset MovedAt);
