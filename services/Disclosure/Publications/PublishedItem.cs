namespace Platform.Disclosure.Publications;

/// <summary>What the public sees of a published item.</summary>
public sealed record PublishedItem(
    Guid Id,
    string IndexNo,
    string Title,
    string Category,
    string? DocumentNo,
    string IssuingBody,
    DateOnly? PublishedDate,
    string? Body,
    IReadOnlyList<Attachment>? Attachments);
