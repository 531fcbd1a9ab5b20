namespace Platform.Supervision.Metrics;

public sealed record SeriesPoint(string Period, int Accepted, int Completed, int OnTheSpot, int OnTime);
