namespace Platform.Supervision.Reconciliation;

public sealed record Difference(DateOnly Date, string Field, int Intake, int Supervision);
