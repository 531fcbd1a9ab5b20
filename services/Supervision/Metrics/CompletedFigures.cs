namespace Platform.Supervision.Metrics;

/// <summary>What DESIGN §5 counts over the completed cases of a period, for one group (see AcceptedFigures).</summary>
public sealed record CompletedFigures(string? Key, int Count, int OnTheSpot, int OnTime, int TimeSaved, int DaysUsed)
{
    public static readonly CompletedFigures None = new(null, 0, 0, 0, 0, 0);
}
