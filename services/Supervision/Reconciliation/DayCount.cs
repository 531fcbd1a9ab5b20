namespace Platform.Supervision.Reconciliation;

public sealed record DayCount(DateOnly Date, int Accepted, int Completed);
