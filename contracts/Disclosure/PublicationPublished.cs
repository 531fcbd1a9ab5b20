namespace Platform.Contracts.Disclosure;

/// <summary>主动公开: a reviewed publication went public under its index number (索引号).</summary>
public sealed record PublicationPublished(
    Guid PublicationId,
    string IndexNo,
    string Title,
    string Category,
    DateOnly CreatedDate,
    DateTimeOffset PublishedAt,
    int WorkingDaysToPublish);
