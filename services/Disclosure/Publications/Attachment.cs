namespace Platform.Disclosure.Publications;

public sealed record Attachment(string Name, string Url);
