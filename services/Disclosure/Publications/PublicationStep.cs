namespace Platform.Disclosure.Publications;

public sealed record PublicationStep(DateTimeOffset At, string Step, string By, string? Note);
