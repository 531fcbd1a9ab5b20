namespace Platform.Intake.Queue;

public sealed record LineView(string Line, int Waiting);
