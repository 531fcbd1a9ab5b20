using Microsoft.EntityFrameworkCore;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Outbox;

/// <summary>The outbox/inbox promises of DESIGN §3, against a real PostgreSQL and RabbitMQ.</summary>
[Collection(RealServersCollection.Name)]
public sealed class OutboxFaultTests(RealServers servers)
{
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task An_event_committed_by_a_process_that_died_before_relaying_is_published_after_restart()
    {
        var database = await servers.CreateDatabaseAsync("outbox_crash");
        var queue = "faults-crash-" + Guid.NewGuid().ToString("N")[..8];

        // The first process commits state and events but dies before its relay publishes anything.
        await using (var crashed = await FaultsHost.StartAsync(servers, database, queue, relay: false, consume: false))
        {
            for (var i = 0; i < 10; i++)
            {
                await crashed.RegisterWidgetAsync(i);
            }
            Assert.Equal(10, await crashed.QueryAsync(WidgetQueries.UnsentCount));
        }

        await using var restarted = await FaultsHost.StartAsync(servers, database, queue);
        var effects = await restarted.EventuallyAsync(WidgetQueries.EffectCount, count => count >= 10, Patience);

        Assert.Equal(10, effects);
        Assert.Equal(0, await restarted.QueryAsync(WidgetQueries.UnsentCount));
        Assert.Equal(1, await restarted.QueryAsync(WidgetQueries.MaxEffectsPerWidget));
    }

    [Fact]
    public async Task A_message_whose_consumer_fails_while_its_process_stops_is_consumed_after_restart_not_moved_to_the_error_queue()
    {
        var database = await servers.CreateDatabaseAsync("inbox_stopping");
        var queue = "faults-stopping-" + Guid.NewGuid().ToString("N")[..8];
        var gate = new StopGate();

        await using (var stopping = await FaultsHost.StartAsync(servers, database, queue, failWhileStopping: gate))
        {
            await stopping.RegisterWidgetAsync(1);
            await gate.Entered.Task.WaitAsync(Patience);
        } // stopped while the consumer holds the message; it fails on every retry from then on

        await using var restarted = await FaultsHost.StartAsync(servers, database, queue);
        var effects = await restarted.EventuallyAsync(WidgetQueries.EffectCount, count => count >= 1, Patience);

        Assert.Equal(1, effects);
        Assert.DoesNotContain(queue + "-effects_error", await servers.Broker.DescribeQueuesAsync());
    }

    [Fact]
    public async Task The_same_message_delivered_twice_has_one_effect()
    {
        var database = await servers.CreateDatabaseAsync("inbox_twice");
        var queue = "faults-twice-" + Guid.NewGuid().ToString("N")[..8];
        await using var host = await FaultsHost.StartAsync(servers, database, queue);
        var message = new WidgetRegistered(Guid.NewGuid(), 1);
        var messageId = Guid.NewGuid();
        var other = new WidgetRegistered(Guid.NewGuid(), 2);

        await host.PublishAsync(message, messageId);
        await host.PublishAsync(message, messageId);
        await host.PublishAsync(other, Guid.NewGuid());

        // The third message is the marker: once it is applied, both copies of the first have been consumed
        // (one endpoint, published in order), so waiting for two effects is a fair wait.
        await host.EventuallyAsync(db => db.Effects.CountAsync(e => e.WidgetId == other.WidgetId), count => count == 1, Patience);
        await Task.Delay(500);
        Assert.Equal(1, await host.QueryAsync(db => db.Effects.CountAsync(e => e.WidgetId == message.WidgetId)));
        Assert.Equal(2, await host.QueryAsync(db => db.Effects.CountAsync()));
    }

    [Fact]
    public async Task Stopping_the_broker_while_writes_continue_delivers_every_event_with_exactly_one_effect()
    {
        var database = await servers.CreateDatabaseAsync("broker_restart");
        var queue = "faults-broker-" + Guid.NewGuid().ToString("N")[..8];
        await using var host = await FaultsHost.StartAsync(servers, database, queue);
        const int total = 60;

        for (var i = 0; i < 20; i++)
        {
            await host.RegisterWidgetAsync(i);
        }
        await servers.Broker.StopAsync();
        try
        {
            // Writes go on while the broker is away: they commit, and their events wait in the outbox.
            for (var i = 20; i < total; i++)
            {
                await host.RegisterWidgetAsync(i);
                await Task.Delay(50);
            }
            Assert.True(await host.QueryAsync(WidgetQueries.UnsentCount) > 0, "events should wait while the broker is down");
        }
        finally
        {
            await servers.Broker.StartAsync();
        }

        var effects = await host.EventuallyAsync(WidgetQueries.EffectCount, count => count >= total, Patience);
        await Task.Delay(1000);
        Assert.Equal(total, effects);
        Assert.Equal(total, await host.QueryAsync(WidgetQueries.EffectCount));
        Assert.Equal(1, await host.QueryAsync(WidgetQueries.MaxEffectsPerWidget));
        Assert.Equal(0, await host.QueryAsync(WidgetQueries.UnsentCount));
    }

    [Fact]
    public async Task Several_relays_on_one_outbox_publish_each_event_once()
    {
        var database = await servers.CreateDatabaseAsync("outbox_relays");
        var queue = "faults-relays-" + Guid.NewGuid().ToString("N")[..8];
        var deliveries = new DeliveryLog();
        const int total = 200;

        // Both processes relay the same outbox; only the first consumes, and it counts raw deliveries too.
        await using var first = await FaultsHost.StartAsync(servers, database, queue, deliveries: deliveries);
        await using var second = await FaultsHost.StartAsync(servers, database, queue, consume: false);
        await Task.WhenAll(
            Enumerable.Range(0, 4).Select(writer => Task.Run(async () =>
            {
                var host = writer % 2 == 0 ? first : second;
                for (var i = writer; i < total; i += 4)
                {
                    await host.RegisterWidgetAsync(i);
                }
            })));

        await first.EventuallyAsync(WidgetQueries.EffectCount, count => count >= total, Patience);
        var deadline = DateTime.UtcNow + Patience;
        while (deliveries.Deliveries.Count < total && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }
        await Task.Delay(1000);

        Assert.Equal(total, deliveries.Deliveries.Count);
        Assert.All(deliveries.Deliveries.Values, count => Assert.Equal(1, count));
        Assert.Equal(total, await first.QueryAsync(WidgetQueries.EffectCount));
    }
}
