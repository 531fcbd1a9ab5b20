namespace Platform.Supervision.Metrics;

/// <summary>The efficiency figures of DESIGN §5, exactly; a rate over zero cases is null.</summary>
public sealed record EfficiencyMetrics(
    DateOnly From, DateOnly To, int Accepted, int InstantAccepted, double? InstantShare, int Completed, int OnTheSpot,
    double? OnTheSpotRate, int OnTime, double? OnTimeRate, int CompletedLate, int TimeSavedWorkingDays,
    double? AverageWorkingDaysUsed, int OpenOverdue);
