using System.Reflection;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Platform.ServiceDefaults.Clock;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Persistence;

namespace Platform.ServiceDefaults;

public static class ServiceModule
{
    /// <summary>
    /// What every service module registers the same way, whether it runs in a host of its own or inside the
    /// standalone host: its database with outbox relay, its OpenAPI document, the consumers of its assembly and
    /// the hall clock.
    /// </summary>
    public static IHostApplicationBuilder AddServiceModule<TContext>(this IHostApplicationBuilder builder,
        string serviceName)
        where TContext : DbContext
    {
        builder.AddServiceDatabase<TContext>(serviceName);
        builder.Services.AddOutboxRelay<TContext>(builder.Configuration);
        builder.Services.AddServiceOpenApi(serviceName);
        var assembly = typeof(TContext).Assembly;
        builder.AddConsumers(bus => bus.AddConsumers(ConsumerTypes(assembly)));
        builder.AddHallClock();
        return builder;
    }

    static Type[] ConsumerTypes(Assembly assembly) =>
        assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false } && type.IsAssignableTo(typeof(IConsumer)))
            .ToArray();
}
