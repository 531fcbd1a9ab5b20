namespace Platform.Supervision.Warnings;

public sealed record EvaluationResult(int Raised);
