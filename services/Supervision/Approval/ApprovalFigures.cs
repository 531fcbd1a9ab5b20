namespace Platform.Supervision.Approval;

/// <summary>
/// DESIGN §5's parallel-approval figures over [From, To]: stages by their completion date, tasks by their decision
/// date, optionally of one Stage (1–4). Rates and averages over zero are null.
/// </summary>
public sealed record ApprovalFigures(
    DateOnly From, DateOnly To, int? Stage, int StagesCompleted, int StagesOnTime, double? StageOnTimeRate,
    double? AverageStageWorkingDaysUsed, double? AverageSerialWorkingDays, double? AverageSavedWorkingDays,
    int TotalSavedWorkingDays, int TasksCompleted, int TasksOnTime, double? TaskOnTimeRate, int ProjectsCompleted);
