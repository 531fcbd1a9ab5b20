namespace Platform.Disclosure.Warnings;

public sealed record WarningView(
    Guid Id,
    string Subject,
    string SubjectId,
    string Level,
    DateOnly DueDate,
    DateTimeOffset RaisedAt,
    DateTimeOffset? ClearedAt);
