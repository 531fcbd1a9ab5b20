namespace Platform.Intake.Queue;

public sealed record CallsResponse(IReadOnlyList<CallView> Items);
