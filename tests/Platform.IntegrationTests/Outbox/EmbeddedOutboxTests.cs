using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.IntegrationTests.Outbox;

/// <summary>The same outbox/inbox in the embedded mode (SQLite, in-memory bus): no servers needed.</summary>
public sealed class EmbeddedOutboxTests : IDisposable
{
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    readonly string _dataDirectory = Directory.CreateTempSubdirectory("platform-embedded-").FullName;

    [Fact]
    public async Task Events_stored_before_a_restart_are_published_by_the_next_process()
    {
        await using (var crashed = await FaultsHost.StartEmbeddedAsync(_dataDirectory, relay: false))
        {
            for (var i = 0; i < 5; i++)
            {
                await crashed.RegisterWidgetAsync(i);
            }
            // Three polling intervals of a running relay (0.1 s here): had this process's relay been on, the events
            // would have been published by now; it is off, so none may be.
            await Task.Delay(300);
            Assert.Equal(0, await crashed.QueryAsync(WidgetQueries.EffectCount));
            Assert.Equal(5, await crashed.QueryAsync(WidgetQueries.UnsentCount));
        }

        await using var restarted = await FaultsHost.StartEmbeddedAsync(_dataDirectory);
        var effects = await restarted.EventuallyAsync(WidgetQueries.EffectCount, count => count >= 5, Patience);
        Assert.Equal(5, effects);
        Assert.Equal(0, await restarted.QueryAsync(WidgetQueries.UnsentCount));
    }

    [Fact]
    public async Task Events_committed_in_an_explicit_transaction_wake_the_relay_without_waiting_for_its_poll()
    {
        // A poll of an hour: only the commit's signal can get these events out within the test's patience.
        await using var host = await FaultsHost.StartEmbeddedAsync(_dataDirectory, pollingInterval: "01:00:00");
        await Task.Delay(200); // the relay's first look (at start) found nothing and now waits
        await host.RegisterWidgetInTransactionAsync(1);

        var effects = await host.EventuallyAsync(WidgetQueries.EffectCount, count => count >= 1, Patience);
        Assert.Equal(1, effects);
    }

    [Fact]
    public async Task A_message_delivered_twice_is_applied_once()
    {
        await using var host = await FaultsHost.StartEmbeddedAsync(_dataDirectory);
        var twice = new WidgetRegistered(Guid.NewGuid(), 1);
        var marker = new WidgetRegistered(Guid.NewGuid(), 2);
        var messageId = Guid.NewGuid();
        var consumed = new ConsumeCounter<WidgetRegistered>();
        host.Services.GetRequiredService<IBus>().ConnectConsumeObserver(consumed);

        await host.PublishAsync(twice, messageId);
        await host.PublishAsync(twice, messageId);
        await host.PublishAsync(marker, Guid.NewGuid());

        // Wait until all three deliveries were handled (the repeat skipped or applied), not for a fixed time.
        var deadline = DateTime.UtcNow + Patience;
        while (consumed.Consumed < 3 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
        Assert.Equal(3, consumed.Consumed);
        Assert.Equal(1, await host.QueryAsync(db => db.Effects.CountAsync(e => e.WidgetId == marker.WidgetId)));
        Assert.Equal(1, await host.QueryAsync(db => db.Effects.CountAsync(e => e.WidgetId == twice.WidgetId)));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }
}
