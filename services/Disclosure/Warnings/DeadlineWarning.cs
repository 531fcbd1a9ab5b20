namespace Platform.Disclosure.Warnings;

/// <summary>
/// A deadline near or passed: a request's reply (yellow, red) or a publication not yet published (red). Raised once per
/// subject, level and due date (an extension that moves the due date may warn again); cleared when the work is done.
/// </summary>
public sealed class DeadlineWarning
{
    public Guid Id { get; set; }
    public string Subject { get; set; } = "";
    public string SubjectId { get; set; } = "";
    public string Level { get; set; } = "";
    public DateOnly DueDate { get; set; }
    public bool DueDateProvisional { get; set; }
    public DateTimeOffset RaisedAt { get; set; }
    public DateTimeOffset? ClearedAt { get; set; }
}
