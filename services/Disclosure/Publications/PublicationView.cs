namespace Platform.Disclosure.Publications;

public sealed record PublicationView(
    Guid Id,
    string IndexNo,
    string Title,
    string Category,
    string? DocumentNo,
    string IssuingBody,
    string Body,
    IReadOnlyList<Attachment> Attachments,
    string? DocumentKind,
    DateOnly? IssuedDate,
    DateOnly? AbolishedDate,
    DateOnly CreatedDate,
    DateOnly PublishDueDate,
    string Status,
    string Author,
    string? Reviewer,
    string? ReviewNote,
    DateTimeOffset? PublishedAt,
    bool Overdue,
    IReadOnlyList<PublicationStep> History)
{
    public static PublicationView Of(Publication p, DateOnly today) => new(
        p.Id,
        p.IndexNo,
        p.Title,
        p.Category,
        p.DocumentNo,
        p.IssuingBody,
        p.Body,
        p.Attachments,
        p.DocumentKind,
        p.IssuedDate,
        p.AbolishedDate,
        p.CreatedDate,
        p.PublishDueDate,
        StatusName(p.Status),
        p.Author,
        p.Reviewer,
        p.ReviewNote,
        p.PublishedAt,
        IsOverdue(p, today),
        p.History);

    public static string StatusName(PublicationStatus status) => status switch
    {
        PublicationStatus.InReview => "in-review",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static bool IsOverdue(Publication p, DateOnly today) =>
        p.Status is not (PublicationStatus.Published or PublicationStatus.Withdrawn) && today > p.PublishDueDate;
}
