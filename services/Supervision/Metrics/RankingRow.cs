namespace Platform.Supervision.Metrics;

public sealed record RankingRow(string Key, int Accepted, int Completed, double? OnTheSpotRate, double? OnTimeRate,
    int TimeSavedWorkingDays);
