namespace Platform.Supervision.Disclosure;

/// <summary>
/// A disclosure deadline warning (a request's reply, a publication's publish-by date) as supervision learnt it.
/// </summary>
public sealed class DisclosureDeadline
{
    public Guid Id { get; set; }
    public required string Subject { get; set; }
    public required string SubjectId { get; set; }
    public required string Level { get; set; }
    public DateOnly DueDate { get; set; }
    public DateOnly RaisedDate { get; set; }
}
