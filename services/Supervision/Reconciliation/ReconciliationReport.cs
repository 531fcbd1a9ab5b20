namespace Platform.Supervision.Reconciliation;

public sealed record ReconciliationReport(DateOnly From, DateOnly To, int IntakeAccepted, int SupervisionAccepted,
    int IntakeCompleted, int SupervisionCompleted, bool Balanced, IReadOnlyList<Difference> Differences);
