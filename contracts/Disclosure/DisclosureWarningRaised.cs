namespace Platform.Contracts.Disclosure;

/// <summary>
/// A disclosure deadline is near or passed. Subject is "request" (reply due: yellow near, red past) or "publication"
/// (still unpublished 20 working days after creation: red); SubjectId is the request number or the index number.
/// </summary>
public sealed record DisclosureWarningRaised(
    Guid WarningId,
    string Subject,
    string SubjectId,
    string Level,
    DateOnly DueDate,
    DateTimeOffset RaisedAt,
    bool DueDateProvisional = false);
