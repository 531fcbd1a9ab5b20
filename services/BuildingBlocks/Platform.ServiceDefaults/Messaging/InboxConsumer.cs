using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.ServiceDefaults.Observability;

namespace Platform.ServiceDefaults.Messaging;

/// <summary>
/// A consumer whose effect happens once per message: it records (MessageId, consumer) in the same transaction as
/// its effect and any events it stores, and skips a message it has already recorded. Two copies racing each other
/// collide on the inbox key; the loser's transaction rolls back and its retry finds the record and skips.
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

        if (await Db.Set<InboxMessage>()
            .AnyAsync(m => m.MessageId == messageId && m.Consumer == consumer, cancellationToken))
        {
            metrics?.RepeatSkipped(GetType().Name);
            return;
        }
        metrics?.Consumed(GetType().Name, OutboxHeaders.Lag(context));

        await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            Db.Set<InboxMessage>().Add(
                new InboxMessage { MessageId = messageId, Consumer = consumer, ProcessedAt = DateTime.UtcNow });
            await Handle(context);
            await Db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            // Nothing of a failed attempt may linger in the context (a retry, or the next message of this scope).
            Db.ChangeTracker.Clear();
            throw;
        }
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
