using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.IntegrationTests.Infrastructure;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Persistence;

namespace Platform.IntegrationTests.Outbox;

/// <summary>
/// A process built from the same building blocks as a service (database, outbox relay, inbox consumer, RabbitMQ bus)
/// around the widget model, so a test can start, stop and duplicate it at will.
/// </summary>
sealed class FaultsHost : IAsyncDisposable
{
    readonly IHost _host;

    FaultsHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    /// <summary>Distributed mode: PostgreSQL and RabbitMQ.</summary>
    public static Task<FaultsHost> StartAsync(RealServers servers, string database, string queue,
        bool relay = true, bool consume = true, DeliveryLog? deliveries = null, StopGate? failWhileStopping = null) =>
        StartAsync(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:faults"] = database,
            ["Messaging:Transport"] = "RabbitMq",
            ["ConnectionStrings:RabbitMq"] = servers.RabbitMqUri.ToString(),
        }, queue, relay, consume, deliveries, failWhileStopping);

    /// <summary>Embedded mode: a SQLite file in <paramref name="dataDirectory"/> and the in-memory bus.</summary>
    public static Task<FaultsHost> StartEmbeddedAsync(string dataDirectory, bool relay = true,
        string pollingInterval = "00:00:00.100") =>
        StartAsync(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:DataDirectory"] = dataDirectory,
            ["Messaging:Transport"] = "InMemory",
        }, "faults-embedded", relay, consume: true, deliveries: null, failWhileStopping: null, pollingInterval);

    static async Task<FaultsHost> StartAsync(Dictionary<string, string?> mode, string queue,
        bool relay, bool consume, DeliveryLog? deliveries, StopGate? failWhileStopping,
        string pollingInterval = "00:00:00.100")
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(mode);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Outbox:RelayEnabled"] = relay.ToString(),
            ["Outbox:PollingInterval"] = pollingInterval,
            ["Outbox:PublishTimeout"] = "00:00:03",
            ["Outbox:MaxMessageBackoff"] = "00:00:02",
            ["Outbox:BatchSize"] = "20",
        });
        builder.AddServiceDatabase<FaultsDbContext>("faults");
        builder.Services.AddOutboxRelay<FaultsDbContext>(builder.Configuration);
        builder.Services.AddSingleton(deliveries ?? new DeliveryLog());
        builder.Services.AddSingleton(failWhileStopping ?? new StopGate());
        builder.AddConsumers(bus =>
        {
            if (failWhileStopping is not null)
            {
                bus.AddConsumer<FailingWhileStoppingConsumer>().Endpoint(e => e.Name = queue + "-effects");
            }
            else if (consume)
            {
                bus.AddConsumer<WidgetEffectConsumer>().Endpoint(e => e.Name = queue + "-effects");
            }
            if (deliveries is not null)
            {
                bus.AddConsumer<DeliveryCountingConsumer>().Endpoint(e => e.Name = queue + "-deliveries");
            }
        });
        builder.AddPlatformBus();
        var host = builder.Build();
        await host.StartAsync();
        return new FaultsHost(host);
    }

    /// <summary>A state change and its event, committed together.</summary>
    public async Task RegisterWidgetAsync(int sequence)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FaultsDbContext>();
        var widget = new Widget { Id = Guid.NewGuid(), Sequence = sequence };
        db.Widgets.Add(widget);
        db.AddEvent(new WidgetRegistered(widget.Id, sequence));
        await db.SaveChangesAsync();
    }

    /// <summary>The same inside an explicit transaction, as acceptances, numbered writes and consumers do.</summary>
    public async Task RegisterWidgetInTransactionAsync(int sequence)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FaultsDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var widget = new Widget { Id = Guid.NewGuid(), Sequence = sequence };
        db.Widgets.Add(widget);
        db.AddEvent(new WidgetRegistered(widget.Id, sequence));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    public async Task<T> QueryAsync<T>(Func<FaultsDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<FaultsDbContext>());
    }

    public async Task PublishAsync(WidgetRegistered message, Guid messageId)
    {
        var bus = Services.GetRequiredService<IBus>();
        await bus.Publish(message, context => context.MessageId = messageId);
    }

    /// <summary>Waits until the condition holds (the system converges asynchronously); fails with the last value.</summary>
    public async Task<T> EventuallyAsync<T>(Func<FaultsDbContext, Task<T>> query, Func<T, bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        T value;
        do
        {
            value = await QueryAsync(query);
            if (done(value))
            {
                return value;
            }
            await Task.Delay(200);
        } while (DateTime.UtcNow < deadline);
        return value;
    }

    /// <summary>Stops the process; a generous timeout lets consumers finish their retries before it is disposed.</summary>
    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync(TimeSpan.FromSeconds(60));
        _host.Dispose();
    }
}

static class WidgetQueries
{
    public static Task<int> EffectCount(FaultsDbContext db) => db.Effects.CountAsync();

    public static Task<int> UnsentCount(FaultsDbContext db) => db.Set<OutboxMessage>().CountAsync(m => m.SentAt == null);

    public static async Task<int> MaxEffectsPerWidget(FaultsDbContext db) =>
        (await db.Effects.GroupBy(e => e.WidgetId).Select(g => g.Count()).ToListAsync()).DefaultIfEmpty(0).Max();
}
