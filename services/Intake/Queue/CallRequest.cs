namespace Platform.Intake.Queue;

public sealed record CallRequest(string? WindowNo, IReadOnlyList<string>? Lines);
