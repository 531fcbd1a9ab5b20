using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Platform.ServiceDefaults.Messaging;

public static class OutboxModel
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Adds the outbox and inbox tables to a service's model; call from OnModelCreating.</summary>
    public static ModelBuilder AddOutboxAndInbox(this ModelBuilder model)
    {
        model.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox_messages");
            outbox.HasKey(m => m.Id);
            outbox.Property(m => m.Id).HasColumnName("id");
            outbox.Property(m => m.MessageId).HasColumnName("message_id");
            outbox.Property(m => m.MessageType).HasColumnName("message_type").HasMaxLength(300);
            outbox.Property(m => m.Body).HasColumnName("body");
            outbox.Property(m => m.TraceParent).HasColumnName("trace_parent").HasMaxLength(128);
            outbox.Property(m => m.CreatedAt).HasColumnName("created_at");
            outbox.Property(m => m.NextAttemptAt).HasColumnName("next_attempt_at");
            outbox.Property(m => m.SentAt).HasColumnName("sent_at");
            outbox.Property(m => m.Attempts).HasColumnName("attempts");
            outbox.Property(m => m.LastError).HasColumnName("last_error").HasMaxLength(1000);
            outbox.HasIndex(m => m.MessageId).IsUnique();
            outbox.HasIndex(m => new { m.SentAt, m.NextAttemptAt, m.Id });
        });
        model.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("inbox_messages");
            inbox.HasKey(m => new { m.MessageId, m.Consumer });
            inbox.Property(m => m.MessageId).HasColumnName("message_id");
            inbox.Property(m => m.Consumer).HasColumnName("consumer").HasMaxLength(300);
            inbox.Property(m => m.ProcessedAt).HasColumnName("processed_at");
            inbox.HasIndex(m => m.ProcessedAt); // for InboxPruning
        });
        return model;
    }

    /// <summary>
    /// Stores an event in the context; it is committed by the same SaveChanges (and transaction) as the state
    /// change, and published by the relay afterwards.
    /// </summary>
    public static OutboxMessage AddEvent<TMessage>(this DbContext db, TMessage message) where TMessage : class
    {
        var now = DateTime.UtcNow;
        var entry = new OutboxMessage
        {
            MessageId = NewId.NextGuid(),
            MessageType = TypeNames<TMessage>.Name,
            Body = JsonSerializer.Serialize(message, Json),
            TraceParent = Activity.Current?.Id,
            CreatedAt = now,
            NextAttemptAt = now,
        };
        db.Set<OutboxMessage>().Add(entry);
        return entry;
    }

    /// <summary>Whether a stored event is a <typeparamref name="TMessage"/> (for a committed-event observer).</summary>
    public static bool Carries<TMessage>(this OutboxMessage message) where TMessage : class =>
        message.MessageType == TypeNames<TMessage>.Name;

    /// <summary>A stored event read back as the record it was stored from.</summary>
    public static TMessage Read<TMessage>(this OutboxMessage message) where TMessage : class =>
        JsonSerializer.Deserialize<TMessage>(message.Body, Json)
        ?? throw new InvalidOperationException($"Outbox message {message.MessageId} has an empty body.");

    internal static string TypeName(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    static class TypeNames<TMessage>
    {
        public static readonly string Name = TypeName(typeof(TMessage));
    }
}
