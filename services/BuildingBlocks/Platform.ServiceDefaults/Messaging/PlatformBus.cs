using MassTransit;
using MassTransit.Middleware;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Platform.ServiceDefaults.Messaging;

/// <summary>
/// Section "Messaging": Transport "InMemory" (default, one process) or "RabbitMq" (ConnectionStrings:RabbitMq,
/// e.g. amqp://guest:guest@localhost:5672/); PrefetchCount and ConcurrentMessageLimit per consumer endpoint;
/// QuorumQueues (RabbitMq only, default false) declares the consumers' queues as quorum queues, replicated over a
/// clustered broker so a lost node loses no message (the Kubernetes production overlay sets it). Modules add their
/// consumers first; AddPlatformBus builds one bus.
/// </summary>
public static class PlatformBus
{
    const string RegistrationsKey = "Platform.BusRegistrations";

    public static IHostApplicationBuilder AddConsumers(this IHostApplicationBuilder builder,
        Action<IBusRegistrationConfigurator> register)
    {
        Registrations(builder).Add(register);
        return builder;
    }

    public static IHostApplicationBuilder AddPlatformBus(this IHostApplicationBuilder builder)
    {
        var transport = builder.Configuration["Messaging:Transport"] ?? "InMemory";
        var rabbitMq = string.Equals(transport, "RabbitMq", StringComparison.OrdinalIgnoreCase);
        if (!rabbitMq && !string.Equals(transport, "InMemory", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"Messaging:Transport '{transport}' is unknown: use InMemory or RabbitMq.");
        }
        var rabbitUri = rabbitMq ? RabbitUri(builder) : null;
        var registrations = Registrations(builder);
        var prefetch = PositiveOrNull(builder.Configuration, "Messaging:PrefetchCount");
        var concurrency = PositiveOrNull(builder.Configuration, "Messaging:ConcurrentMessageLimit");
        var quorum = QuorumQueues(builder.Configuration, rabbitMq);

        // Start serving only once the bus is connected and every consumer's queue is bound: a relay must not
        // publish into an exchange before this process's own subscriptions exist.
        builder.Services.Configure<MassTransitHostOptions>(options => options.WaitUntilStarted = true);
        builder.Services.AddMassTransit(bus =>
        {
            // On by default, it reports usage to the vendor over the internet; a government hall's network
            // does not call out, and our own telemetry is OpenTelemetry.
            bus.DisableUsageTelemetry();
            // Namespaces in queue names keep two services' consumers of one event on queues of their own.
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(includeNamespace: true));
            foreach (var register in registrations)
            {
                register(bus);
            }
            bus.AddConfigureEndpointsCallback((context, _, endpoint) =>
            {
                // How many messages a consumer's queue hands this process ahead, and how many it works at once:
                // the transport's defaults unless Messaging:PrefetchCount / Messaging:ConcurrentMessageLimit say.
                if (prefetch is { } count)
                {
                    endpoint.PrefetchCount = count;
                }
                if (concurrency is { } limit)
                {
                    endpoint.ConcurrentMessageLimit = limit;
                }
                endpoint.UseMessageRetry(retry => retry.Intervals(100, 500, 2000, 5000, 15000));
                var stopping = context.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
                endpoint.ConfigureError(error =>
                {
                    error.UseFilter(new RequeueWhileStoppingFilter(stopping));
                    error.UseFilter(new GenerateFaultFilter());
                    error.UseFilter(new ErrorTransportFilter());
                });
            });

            if (rabbitUri is not null)
            {
                if (quorum)
                {
                    // Replicated (Raft) queues instead of classic ones. RabbitMQ cannot change a queue's type in
                    // place: a broker that already holds these queues as classic ones refuses the declaration, so
                    // the switch is made on a new virtual host (docs/scaling.md).
                    bus.AddRabbitMqConfigureEndpointsCallback((_, _, endpoint) => endpoint.SetQuorumQueue());
                }
                bus.UsingRabbitMq((context, rabbit) =>
                {
                    rabbit.Host(rabbitUri, host => host.PublisherConfirmation = true);
                    rabbit.ConfigureEndpoints(context);
                });
            }
            else
            {
                bus.UsingInMemory((context, memory) => memory.ConfigureEndpoints(context));
            }
        });
        return builder;
    }

    static int? PositiveOrNull(IConfiguration configuration, string key) =>
        configuration[key] is not { Length: > 0 } text ? null
            : int.TryParse(text, out var value) && value > 0 ? value
            : throw new InvalidOperationException($"{key} must be a positive whole number, not '{text}'.");

    /// <summary>
    /// Quorum queues are durable and never auto-deleted, so they cannot carry the per-process temporary queue of an
    /// adjustable hall clock (a training setting): the two settings together are refused rather than leaving a queue
    /// behind for every process that ever started.
    /// </summary>
    static bool QuorumQueues(IConfiguration configuration, bool rabbitMq)
    {
        if (!configuration.GetValue<bool>("Messaging:QuorumQueues"))
        {
            return false;
        }
        if (!rabbitMq)
        {
            throw new InvalidOperationException(
                "Messaging:QuorumQueues needs Messaging:Transport RabbitMq (the in-memory bus has no queue types).");
        }
        if (configuration.GetValue<bool>("Clock:Adjustable"))
        {
            throw new InvalidOperationException(
                "Messaging:QuorumQueues and Clock:Adjustable cannot be combined: the adjustable clock needs a "
                + "temporary queue per process, which a quorum queue cannot be.");
        }
        return true;
    }

    static Uri RabbitUri(IHostApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString("RabbitMq");
        if (string.IsNullOrWhiteSpace(connectionString)
            || !Uri.TryCreate(connectionString, UriKind.Absolute, out var uri))
        {
            throw new InvalidOperationException(
                "Messaging:Transport is RabbitMq but ConnectionStrings:RabbitMq is not an amqp:// URI.");
        }
        return uri;
    }

    static List<Action<IBusRegistrationConfigurator>> Registrations(IHostApplicationBuilder builder)
    {
        if (!builder.Properties.TryGetValue(RegistrationsKey, out var value))
        {
            value = new List<Action<IBusRegistrationConfigurator>>();
            builder.Properties[RegistrationsKey] = value;
        }
        return (List<Action<IBusRegistrationConfigurator>>)value;
    }
}
