using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.ServiceDefaults.Observability;

namespace Platform.ServiceDefaults.Messaging;

/// <summary>
/// A consumer whose effect happens once per message: it records (MessageId, consumer) in the same transaction as
/// its effect and any events it stores, and skips a message it has already recorded. The record is written with the
/// effect, not looked up before it: a first delivery (nearly every one) costs no extra round trip. A repeat, or two
/// copies racing each other, collides on the inbox key when the effect is saved; that transaction rolls back, and the
/// record found afterwards tells it was a repeat, which is then skipped.
/// </summary>
public abstract class InboxConsumer<TContext, TMessage>(TContext db) : IConsumer<TMessage>
    where TContext : DbContext where TMessage : class
{
    protected TContext Db { get; } = db;

    string ConsumerName => GetType().FullName ?? GetType().Name;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException(
                $"{typeof(TMessage).Name} arrived without a MessageId; it cannot be deduplicated.");
        var consumer = ConsumerName;
        var cancellationToken = context.CancellationToken;
        // A retry may reach this consumer with the context of the failed attempt: start from what is committed.
        Db.ChangeTracker.Clear();

        var metrics = context.TryGetPayload<IServiceProvider>(out var services)
            ? services.GetService<MessagingMetrics>()
            : null;
        try
        {
            await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken);
            Db.Set<InboxMessage>().Add(
                new InboxMessage { MessageId = messageId, Consumer = consumer, ProcessedAt = DateTime.UtcNow });
            await Handle(context);
            await Db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Nothing of a failed attempt may linger in the context (a retry, or the next message of this scope).
            Db.ChangeTracker.Clear();
            // Whatever failed (the inbox key, or the effect finding its own work done), a recorded message is a repeat.
            if (await Db.Set<InboxMessage>()
                .AnyAsync(m => m.MessageId == messageId && m.Consumer == consumer, cancellationToken))
            {
                metrics?.RepeatSkipped(GetType().Name);
                return;
            }
            throw;
        }
        catch
        {
            Db.ChangeTracker.Clear();
            throw;
        }
        metrics?.Consumed(GetType().Name, OutboxHeaders.Lag(context));
        await Committed(context);
    }

    /// <summary>
    /// After the effect is committed (not for a skipped repeat): tell what only committed state may tell.
    /// </summary>
    protected virtual Task Committed(ConsumeContext<TMessage> context) => Task.CompletedTask;

    /// <summary>
    /// Apply the message to <see cref="Db"/> (and store events with AddEvent); do not call SaveChanges.
    /// </summary>
    protected abstract Task Handle(ConsumeContext<TMessage> context);
}
