using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Platform.ServiceDefaults.Messaging;
using Platform.WorkingDays;

namespace Platform.ServiceDefaults.Clock;

/// <summary>
/// Clock:Adjustable (default false; true only in test and training installations): whether an administrator may move
/// the hall clock forward (PUT /api/admin/clock, served by the edge). Every service module and the edge register the
/// clock here, once per process however many modules it composes.
/// </summary>
public static class HallClockRegistration
{
    const string RegisteredKey = "Platform.HallClock";

    public static bool IsAdjustable(IConfiguration configuration) => configuration.GetValue<bool>("Clock:Adjustable");

    /// <summary>
    /// The hall clock, with TryAdd so that a test registering a clock of its own afterwards keeps it; when adjustable,
    /// also the consumer through which this process follows moves made at the edge of another.
    /// </summary>
    public static IHostApplicationBuilder AddHallClock(this IHostApplicationBuilder builder)
    {
        if (!builder.Properties.TryAdd(RegisteredKey, true))
        {
            return builder;
        }
        if (!IsAdjustable(builder.Configuration))
        {
            builder.Services.TryAddSingleton<HallClock>();
            return builder;
        }
        builder.Services.TryAddSingleton<HallClock, AdjustableHallClock>();
        // Every process (every replica) keeps its clock in memory, so each needs the event: a temporary queue of its
        // own, not the one shared queue per consumer type that competing replicas read from.
        var instance = Guid.NewGuid().ToString("N")[..12];
        builder.AddConsumers(bus => bus.AddConsumer<HallClockMovedConsumer>().Endpoint(endpoint =>
        {
            endpoint.Temporary = true;
            endpoint.InstanceId = instance;
        }));
        return builder;
    }
}
