namespace Platform.Supervision.Approval;

/// <summary>
/// One department's parallel-approval tasks over a period: those decided in it and how many on time, and those still
/// open at its end (overdue: due before its last day).
/// </summary>
public sealed record DepartmentTimeliness(string DepartmentCode, int TasksCompleted, int TasksOnTime,
    double? TaskOnTimeRate, double? AverageWorkingDaysUsed, int OpenTasks, int OpenOverdue);
