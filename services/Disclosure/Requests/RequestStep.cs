namespace Platform.Disclosure.Requests;

public sealed record RequestStep(DateTimeOffset At, string Step, string Note, string? By);
