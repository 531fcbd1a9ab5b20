namespace Platform.Contracts.Intake;

/// <summary>
/// One day of intake's own counts (GET /api/intake/statistics/daily): an HTTP answer another service reads
/// (supervision's reconciliation), so it lives with intake's contracts rather than twice.
/// </summary>
public sealed record DailyCount(DateOnly Date, int Accepted, int Completed);
