namespace Platform.Disclosure.Requests;

public sealed record ExtensionRequest(int? WorkingDays, string? Reason);
