using Platform.ServiceDefaults.Clock;
using Platform.ServiceDefaults.Messaging;

namespace Platform.Gateway;

public static class GatewayClock
{
    /// <summary>
    /// The gateway serves PUT /api/admin/clock itself (the edge's ClockApi, no YARP route) and tells the services by
    /// an event, so it needs a bus, but only where the clock may move: a production gateway (Clock:Adjustable off)
    /// keeps no connection to the broker.
    /// </summary>
    public static IHostApplicationBuilder AddBusWhenClockAdjustable(this IHostApplicationBuilder builder)
    {
        if (HallClockRegistration.IsAdjustable(builder.Configuration))
        {
            builder.AddPlatformBus();
        }
        return builder;
    }
}
