namespace Platform.ServiceDefaults.Messaging;

/// <summary>
/// An event waiting to be published, stored in the same transaction as the state change that caused it.
/// The MessageId travels with the message, so a re-publish after a crash is recognised by every inbox.
/// Times are UTC <see cref="DateTime"/> because SQLite cannot compare DateTimeOffset in queries.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }
    public Guid MessageId { get; set; }
    public required string MessageType { get; set; }
    public required string Body { get; set; }
    public string? TraceParent { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public DateTime? SentAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}
