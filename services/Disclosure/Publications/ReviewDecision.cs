namespace Platform.Disclosure.Publications;

public sealed record ReviewDecision(string? Decision, string? Note);
