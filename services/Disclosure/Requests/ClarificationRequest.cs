namespace Platform.Disclosure.Requests;

public sealed record ClarificationRequest(string? Reason);
