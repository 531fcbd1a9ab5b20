namespace Platform.Supervision.Metrics;

/// <summary>
/// The efficiency figures of DESIGN §5, exactly; a rate over zero cases is null. The channel figures come last (added
/// after the others, whose order clients rely on): accepted cases by channel, and the shares of those that needed no
/// trip in person (零跑动) and at most one (最多跑一次).
/// </summary>
public sealed record EfficiencyMetrics(
    DateOnly From, DateOnly To, int Accepted, int InstantAccepted, double? InstantShare, int Completed, int OnTheSpot,
    double? OnTheSpotRate, int OnTime, double? OnTimeRate, int CompletedLate, int TimeSavedWorkingDays,
    double? AverageWorkingDaysUsed, int OpenOverdue, ChannelCounts ByChannel, double? ZeroVisitShare,
    double? AtMostOneVisitShare);
