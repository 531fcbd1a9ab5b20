namespace Platform.ServiceDefaults.Messaging;

/// <summary>A message a consumer has already applied; (MessageId, Consumer) is the key.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; set; }
    public required string Consumer { get; set; }
    public DateTime ProcessedAt { get; set; }
}
