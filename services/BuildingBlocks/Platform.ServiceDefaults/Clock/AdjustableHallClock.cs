using Platform.WorkingDays;

namespace Platform.ServiceDefaults.Clock;

/// <summary>
/// The hall clock of a training or test installation (Clock:Adjustable): real time plus an offset an administrator
/// moves forward. The offset only grows, so deadlines already counted never see time run backwards, and a repeated or
/// stale move (an event delivered twice, or after a later one) changes nothing.
/// </summary>
public sealed class AdjustableHallClock : HallClock
{
    long _offsetTicks;
    TaskCompletionSource _moved = NewSignal();

    /// <summary>Hall time minus real time.</summary>
    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>Completes at the next move: periodic jobs wait on it besides their interval.</summary>
    public Task NextMove => Volatile.Read(ref _moved).Task;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;

    /// <summary>The offset that makes "now" read <paramref name="now"/> at this instant.</summary>
    public TimeSpan OffsetFor(DateTimeOffset now) => now - base.GetUtcNow();

    /// <summary>Moves the clock to <paramref name="offset"/>; false, changing nothing, unless it is forward.</summary>
    public bool MoveTo(TimeSpan offset)
    {
        var current = Interlocked.Read(ref _offsetTicks);
        while (offset.Ticks > current)
        {
            var seen = Interlocked.CompareExchange(ref _offsetTicks, offset.Ticks, current);
            if (seen == current)
            {
                Interlocked.Exchange(ref _moved, NewSignal()).TrySetResult();
                return true;
            }
            current = seen;
        }
        return false;
    }

    static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
