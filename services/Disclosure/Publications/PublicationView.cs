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
    bool PublishDueDateProvisional,
    string Status,
    string Author,
    string? Reviewer,
    string? ReviewNote,
    DateTimeOffset? PublishedAt,
    bool Overdue,
    IReadOnlyList<PublicationStep> History)
{
    /// <param name="overdueWhenDueBefore">From <see cref="PublicationDeadlines.OverdueWhenDueBefore"/>.</param>
    public static PublicationView Of(Publication p, DateOnly overdueWhenDueBefore) => new(
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
        p.PublishDueDateProvisional,
        StatusName(p.Status),
        p.Author,
        p.Reviewer,
        p.ReviewNote,
        p.PublishedAt,
        PublicationDeadlines.IsPending(p) && p.PublishDueDate < overdueWhenDueBefore,
        p.History);

    public static string StatusName(PublicationStatus status) => status switch
    {
        PublicationStatus.InReview => "in-review",
        _ => status.ToString().ToLowerInvariant(),
    };

}
