namespace Platform.Disclosure.Warnings;

public sealed record WarningView(
    Guid Id,
    string Subject,
    string SubjectId,
    string Level,
    DateOnly DueDate,
    bool DueDateProvisional,
    DateTimeOffset RaisedAt,
    DateTimeOffset? ClearedAt);
