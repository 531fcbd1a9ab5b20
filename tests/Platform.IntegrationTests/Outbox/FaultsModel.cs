using System.Collections.Concurrent;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Platform.ServiceDefaults.Messaging;

namespace Platform.IntegrationTests.Outbox;

/// <summary>The event of the fault tests: a widget was registered (the state change) in the writer's database.</summary>
public sealed record WidgetRegistered(Guid WidgetId, int Sequence);

public sealed class Widget
{
    public Guid Id { get; set; }
    public int Sequence { get; set; }
}

/// <summary>One row per applied event: a duplicate effect shows up as two rows for one widget.</summary>
public sealed class WidgetEffect
{
    public long Id { get; set; }
    public Guid WidgetId { get; set; }
}

public sealed class FaultsDbContext(DbContextOptions<FaultsDbContext> options) : DbContext(options)
{
    public DbSet<Widget> Widgets => Set<Widget>();
    public DbSet<WidgetEffect> Effects => Set<WidgetEffect>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Widget>().ToTable("widgets");
        modelBuilder.Entity<WidgetEffect>().ToTable("widget_effects");
        modelBuilder.AddOutboxAndInbox();
    }
}

/// <summary>The effect, applied through the inbox.</summary>
public sealed class WidgetEffectConsumer(FaultsDbContext db) : InboxConsumer<FaultsDbContext, WidgetRegistered>(db)
{
    protected override Task Handle(ConsumeContext<WidgetRegistered> context)
    {
        Db.Effects.Add(new WidgetEffect { WidgetId = context.Message.WidgetId });
        return Task.CompletedTask;
    }
}

/// <summary>Counts every delivery by MessageId, without an inbox: shows whether the relay published a row twice.</summary>
public sealed class DeliveryLog
{
    public ConcurrentDictionary<Guid, int> Deliveries { get; } = new();
}

public sealed class DeliveryCountingConsumer(DeliveryLog log) : IConsumer<WidgetRegistered>
{
    public Task Consume(ConsumeContext<WidgetRegistered> context)
    {
        log.Deliveries.AddOrUpdate(context.MessageId!.Value, 1, (_, count) => count + 1);
        return Task.CompletedTask;
    }
}

/// <summary>Tells a test when <see cref="FailingWhileStoppingConsumer"/> holds a message.</summary>
public sealed class StopGate
{
    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>
/// A consumer caught by its process stopping: it holds the message until the stop begins, then fails the way a
/// consumer does whose service provider has been disposed under it — on every retry.
/// </summary>
public sealed class FailingWhileStoppingConsumer(StopGate gate, IHostApplicationLifetime lifetime) : IConsumer<WidgetRegistered>
{
    public async Task Consume(ConsumeContext<WidgetRegistered> context)
    {
        gate.Entered.TrySetResult();
        try
        {
            await Task.Delay(Timeout.Infinite, lifetime.ApplicationStopping);
        }
        catch (OperationCanceledException)
        {
        }
        throw new ObjectDisposedException("IServiceProvider", "The process is stopping.");
    }
}
