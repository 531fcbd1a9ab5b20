using MassTransit;
using Microsoft.Extensions.Logging;
using Platform.WorkingDays;

namespace Platform.ServiceDefaults.Clock;

/// <summary>
/// Follows the clock the edge moved. No inbox: applying an offset is idempotent and a stale one is ignored, so a
/// redelivery does no harm. A host whose clock is not adjustable (a test's own clock) ignores the event.
/// </summary>
public sealed class HallClockMovedConsumer(HallClock clock, ILogger<HallClockMovedConsumer> logger)
    : IConsumer<HallClockMoved>
{
    public Task Consume(ConsumeContext<HallClockMoved> context)
    {
        if (clock is AdjustableHallClock adjustable && adjustable.MoveTo(context.Message.Offset))
        {
            logger.LogWarning("The hall clock moved forward to {Now}", context.Message.Now);
        }
        return Task.CompletedTask;
    }
}
