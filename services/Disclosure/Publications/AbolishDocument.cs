namespace Platform.Disclosure.Publications;

public sealed record AbolishDocument(string? AbolishedDate);
