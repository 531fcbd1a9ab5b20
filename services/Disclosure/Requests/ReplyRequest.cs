namespace Platform.Disclosure.Requests;

public sealed record ReplyRequest(string? Outcome, string? DocumentNo);
